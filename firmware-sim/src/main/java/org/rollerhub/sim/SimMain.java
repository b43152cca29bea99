package org.rollerhub.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roller-sim} command line: {@code generate} labelled captures, {@code serve} a live roller, a {@code fleet} of hubs. */
@Command(name = "roller-sim", mixinStandardHelpOptions = true, version = "roller-sim 0.1.0",
        description = "A virtual sensor-equipped foam roller: labelled captures, live streams, and a fleet of hubs publishing summaries.",
        subcommands = {GenerateCommand.class, ServeCommand.class, org.rollerhub.sim.bluez.BluezServeCommand.class,
            org.rollerhub.sim.fleet.FleetCommand.class,
            CommandLine.HelpCommand.class})
public final class SimMain implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 2 bad usage, 1 failure). */
    public static int run(String... args) {
        return new CommandLine(new SimMain()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
