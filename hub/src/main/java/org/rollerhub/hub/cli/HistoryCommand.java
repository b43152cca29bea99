package org.rollerhub.hub.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history}: the sessions kept in the data folder's session history, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Lists the sessions in the session history (<data-dir>/history.db), newest first: a table, "
                + "or with --json one summary per line exactly as published.",
            "Dates are the person's local days (their zone); without --person, every person's sessions."},
        subcommands = HistoryImportCommand.class,
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:listed (possibly none)", "1:the history could not be read",
            "2:bad option, unknown person, or a history file that is not ours (corrupt, foreign, newer)"})
public final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
    Path dataDir;

    @Option(names = "--person", paramLabel = "ID", description = "only this person's sessions")
    String person;

    @Option(names = "--from", paramLabel = "DATE", description = "from this day on (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "up to and including this day (YYYY-MM-DD)")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "at most N sessions (default: all)")
    int limit;

    @Option(names = "--json", description = "one summary per line, as published")
    boolean json;

    @Override
    public Integer call() {
        return HistoryCli.run("history", () -> {
            LocalDate fromDay = HistoryCli.date(from, "--from");
            LocalDate toDay = HistoryCli.date(to, "--to");
            if (limit < 0) {
                throw new HistoryCli.Failure(2, "bad value for option --limit: '" + limit + "' must be 0 or more");
            }
            try (SessionStore store = HistoryCli.open(HistoryCli.dataDir(dataDir))) {
                Person p = person == null ? null : HistoryCli.person(store, person);
                ZoneId zone = p != null ? p.zone() : ZoneId.systemDefault();
                Instant fromAt = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
                Instant toAt = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
                List<StoredSession> sessions = store.sessions(person, fromAt, toAt, limit);
                PrintStream out = System.out;
                if (json) {
                    StringBuilder sb = new StringBuilder();
                    sessions.forEach(s -> sb.append(s.summaryJson()).append('\n'));
                    out.print(sb);
                } else {
                    Map<String, Person> people = store.people().stream()
                            .collect(Collectors.toMap(Person::personId, Function.identity()));
                    out.print(HistoryTable.format(sessions, people));
                }
                out.flush();
                return 0;
            }
        });
    }
}
