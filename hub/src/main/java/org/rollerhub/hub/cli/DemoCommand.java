package org.rollerhub.hub.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: the {@code demo} command is not written yet. */
@Command(name = "demo", description = "(not yet available)")
public final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("roller-hub demo: not yet available in this build");
        return 1;
    }
}
