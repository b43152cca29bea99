package org.rollerhub.server.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.rollerhub.store.Assignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code loans}: a roller's loans, or who held it at an instant. */
@Command(name = "loans", mixinStandardHelpOptions = true,
        description = "Lists a roller's loans, oldest first; with --at, prints who held it then (or nobody).")
public final class LoansCommand implements Callable<Integer> {
    @Option(names = "--device", required = true, paramLabel = "D", description = "the roller's id, 16 hex digits")
    String device;

    @Option(names = "--at", paramLabel = "INSTANT", description = "an instant, e.g. 2026-12-01T09:30:00Z")
    String at;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
        return Cli.run("loans", db, () -> {
            String d = Cli.device("--device", device);
            Instant when = at == null ? null : Cli.instant("--at", at, java.time.ZoneOffset.UTC, false);
            return store -> {
                if (when != null) {
                    System.out.println(store.assignments().holder(d, when).orElse("nobody"));
                    return;
                }
                for (Assignment a : store.assignments().of(d)) {
                    System.out.println(a.personId() + "\t" + a.from() + "\t" + (a.to() == null ? "(held)" : a.to()));
                }
            };
        });
    }
}
