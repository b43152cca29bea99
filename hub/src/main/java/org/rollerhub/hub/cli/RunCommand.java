package org.rollerhub.hub.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the {@code run} command is not written yet. */
@Command(name = "run", description = "(not yet available)")
public final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("roller-hub run: not yet available in this build");
        return 1;
    }
}
