package org.rollerhub.tools;

import org.rollerhub.tools.cues.BenchCueLatencyCommand;
import org.rollerhub.tools.eval.EvaluateCommand;
import org.rollerhub.tools.latency.BenchLatencyCommand;
import org.rollerhub.tools.onset.OnsetScoreCommand;
import org.rollerhub.tools.store.BenchStoreCommand;
import org.rollerhub.tools.store.BenchWebCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code roller-tools}: what developers run against the hub's code, kept out of the service jar.
 * Exit codes: 0 done, 1 failed, 2 bad usage.
 */
@Command(name = "roller-tools",
        mixinStandardHelpOptions = true,
        versionProvider = ToolsVersion.class,
        description = "Developer tools for roller-hub: analytics accuracy (evaluate), live-path latency (bench-latency) the session history at scale (bench-store), the web pages on it (bench-web) and the clinic server's ingest (bench-clinic).",
        subcommands = {
            EvaluateCommand.class,
            BenchLatencyCommand.class,
            OnsetScoreCommand.class,
            BenchCueLatencyCommand.class,
            BenchStoreCommand.class,
            org.rollerhub.tools.bench.BenchExportCommand.class,
            BenchWebCommand.class,
            org.rollerhub.tools.clinic.BenchClinicCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ToolsMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (2 for bad usage). */
    public static int run(String... args) {
        return new CommandLine(new ToolsMain()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
