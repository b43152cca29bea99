package org.rollerhub.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code roller-sim} command line. PLACEHOLDER until the simulator work (issue 3) lands. */
@Command(name = "roller-sim", mixinStandardHelpOptions = true,
        description = "A virtual sensor-equipped foam roller: labelled captures and live streams.")
public final class SimMain implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SimMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
