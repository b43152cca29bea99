package org.rollerhub.hub.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the {@code analyze} command is not written yet. */
@Command(name = "analyze", description = "(not yet available)")
public final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("roller-hub analyze: not yet available in this build");
        return 1;
    }
}
