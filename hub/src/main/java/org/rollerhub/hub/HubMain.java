package org.rollerhub.hub;

import org.rollerhub.hub.cli.AnalyzeCommand;
import org.rollerhub.hub.cli.DemoCommand;
import org.rollerhub.hub.cli.HistoryCommand;
import org.rollerhub.hub.cli.PersonCommand;
import org.rollerhub.hub.cli.PlanCommand;
import org.rollerhub.hub.cli.ProgressCommand;
import org.rollerhub.hub.cli.QuarantineCommand;
import org.rollerhub.hub.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roller-hub} command line. */
@Command(name = "roller-hub",
        mixinStandardHelpOptions = true,
        versionProvider = HubVersion.class,
        description = "Hub for a sensor-equipped foam roller: reads rollers over serial, TCP or BLE, "
                + "turns thoracic-extension sessions into reps, holds, shifts and compensations, "
                + "and publishes them over MQTT.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            AnalyzeCommand.class,
            QuarantineCommand.class,
            org.rollerhub.hub.cli.ExportCommand.class,
            HistoryCommand.class,
            ProgressCommand.class,
            PersonCommand.class,
            PlanCommand.class,
            CommandLine.HelpCommand.class
        })
public final class HubMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (2 for bad usage or configuration). */
    public static int run(String... args) {
        // picocli answers bad usage with exit code 2 (CommandLine.ExitCode.USAGE).
        return new CommandLine(new HubMain()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
