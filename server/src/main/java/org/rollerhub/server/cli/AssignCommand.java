package org.rollerhub.server.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.rollerhub.store.Assignment;
import org.rollerhub.store.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code assign}: lends a roller to a patient from a day (to a day). */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Lends a roller to a patient. Sessions of that roller that started while the patient held it "
                + "and whose summary names no person of its own are theirs.",
            "Days are read in the patient's time zone: --from is the first day held, --to the last (inclusive). "
                + "An instant (2026-12-01T09:30:00Z) may be given instead of a day."})
public final class AssignCommand implements Callable<Integer> {
    @Option(names = "--device", required = true, paramLabel = "D", description = "the roller's id, 16 hex digits")
    String device;

    @Option(names = "--person", required = true, paramLabel = "P", description = "the patient's id (see 'patients add')")
    String person;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day held")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day held (default: until returned)")
    String to;

    @Mixin
    DbOptions db;

    @Override
    public Integer call() {
        return Cli.run("assign", db, () -> {
            String d = Cli.device("--device", device);
            return store -> {
                Person p = store.person(person).orElseThrow(() -> new Cli.Failure(2, "no patient '" + person
                        + "' (add them first: roller-server patients add " + person + ")"));
                ZoneId zone = p.zone();
                Instant start = Cli.instant("--from", from, zone, false);
                Instant end = to == null ? null : Cli.instant("--to", to, zone, true);
                if (end != null && !end.isAfter(start)) {
                    throw new Cli.Failure(2, "--to " + to + " is before --from " + from);
                }
                store.assignments().assign(new Assignment(d, p.personId(), start, end));
                System.out.println("Roller " + d + " lent to " + p.personId() + " from " + start
                        + (end == null ? " until returned" : " to " + end));
            };
        });
    }
}
