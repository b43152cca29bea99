package org.rollerhub.server;

import org.rollerhub.server.cli.AssignCommand;
import org.rollerhub.server.cli.LoansCommand;
import org.rollerhub.server.cli.PatientsCommand;
import org.rollerhub.server.cli.ReturnCommand;
import org.rollerhub.server.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roller-server} command line. Exit codes: 0 done, 1 failed, 2 bad usage or input. */
@Command(name = "roller-server",
        mixinStandardHelpOptions = true,
        versionProvider = ServerMain.Version.class,
        description = "The clinic's server: stores the session summaries of many patients' hubs, received over "
                + "MQTT, in PostgreSQL; several instances share the load. Also lends rollers to patients.",
        subcommands = {
            RunCommand.class,
            PatientsCommand.class,
            AssignCommand.class,
            ReturnCommand.class,
            LoansCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ServerMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new ServerMain()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The version {@code --version} prints. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ServerMain.class.getPackage().getImplementationVersion();
            return new String[] {"roller-server " + (v == null ? "development build" : v)};
        }
    }
}
