package org.rollerhub.hub.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the {@code evaluate} command is not written yet. */
@Command(name = "evaluate", description = "(not yet available)")
public final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("roller-hub evaluate: not yet available in this build");
        return 1;
    }
}
