package org.rollerhub.server.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.rollerhub.store.Assignment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code return}: ends a roller's open loan. */
@Command(name = "return", mixinStandardHelpOptions = true,
        description = "Ends a roller's open loan: sessions from then on are no longer the patient's.")
public final class ReturnCommand implements Callable<Integer> {
    @Option(names = "--device", required = true, paramLabel = "D", description = "the roller's id, 16 hex digits")
    String device;

    @Option(names = "--at", paramLabel = "WHEN",
            description = "when it came back: an instant (2026-12-01T09:30:00Z) or a day (its start, UTC); default: now")
    String at;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
        return Cli.run("return", db, () -> {
            String d = Cli.device("--device", device);
            Instant when = at == null ? Instant.now() : Cli.instant("--at", at, ZoneOffset.UTC, false);
            return store -> {
                Assignment a = store.assignments().giveBack(d, when);
                System.out.println("Roller " + d + " returned by " + a.personId() + " at " + a.to());
            };
        });
    }
}
