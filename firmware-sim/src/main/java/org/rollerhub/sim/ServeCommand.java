package org.rollerhub.sim;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: a live roller (placeholder until the live roller lands). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "A live roller over TCP or a pty.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("serve: not yet available");
        return 1;
    }
}
