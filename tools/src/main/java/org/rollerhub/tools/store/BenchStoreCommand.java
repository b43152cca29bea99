package org.rollerhub.tools.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rollerhub.hub.history.PersonProgress;
import org.rollerhub.hub.history.ProgressJson;
import org.rollerhub.store.Person;
import org.rollerhub.store.Progress;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoredSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-store}: the session history at clinic scale. Generates a seeded history (people,
 * sessions over a year, with summaries and traces) in an SQLite file, then times what the
 * {@code history} and {@code progress} commands do for one person, each in a freshly opened store
 * (first answer) and repeated (median, max), and prints the database's size per session. Asserts nothing.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Times history and progress queries on a generated session history and prints the database size.")
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--people", paramLabel = "N", description = "people (default ${DEFAULT-VALUE})")
    int people = 50;

    @Option(names = "--sessions", paramLabel = "N", description = "sessions, spread over the year (default ${DEFAULT-VALUE})")
    int sessions = 10_000;

    @Option(names = "--weeks", paramLabel = "N", description = "weeks of progress (default ${DEFAULT-VALUE}: a year)")
    int weeks = 52;

    @Option(names = "--repeat", paramLabel = "N", description = "timed repetitions per query (default ${DEFAULT-VALUE})")
    int repeat = 20;

    @Option(names = "--db", paramLabel = "FILE", description = "database file to make (default: a temporary one, deleted after)")
    Path db;

    @Option(names = "--seed", paramLabel = "N", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Override
    public Integer call() throws IOException {
        if (people < 1 || sessions < people || weeks < 1 || repeat < 1) {
            System.err.println("roller-tools bench-store: need --people >= 1, --sessions >= --people, --weeks >= 1, --repeat >= 1");
            return 2;
        }
        Path dir = db == null ? Files.createTempDirectory("bench-store") : null;
        Path file = db != null ? db : dir.resolve("history.db");
        if (Files.exists(file)) {
            System.err.println("roller-tools bench-store: " + file + " exists; give a new file");
            return 2;
        }
        try {
            Instant end = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneOffset.UTC).toInstant();
            long t0 = System.nanoTime();
            try (SessionStore store = SqliteStore.open(file)) {
                HistoryGenerator.fill(store, people, sessions, end, seed);
            }
            double fillS = (System.nanoTime() - t0) / 1e9;
            long bytes = Files.size(file) + sizeOr0(Path.of(file + "-wal"));
            System.out.printf(Locale.ROOT, "generated %d sessions of %d people in %.1f s (%.0f sessions/s, one transaction each)%n",
                    sessions, people, fillS, sessions / fillS);
            System.out.printf(Locale.ROOT, "database %s: %.1f MB, %.1f kB per session (summary, levels, trace)%n",
                    file, bytes / 1e6, bytes / 1e3 / sessions);
            String who = HistoryGenerator.personId(people / 2);
            LocalDate today = LocalDate.of(2026, 12, 6);
            long[] history = new long[repeat];
            long[] progress = new long[repeat];
            long openNs;
            long firstHistoryNs;
            long firstProgressNs;
            int rows;
            try (SessionStore store = open(file)) {
                openNs = lastOpenNs;
                long a = System.nanoTime();
                rows = historyOf(store, who);
                firstHistoryNs = System.nanoTime() - a;
                a = System.nanoTime();
                progressOf(store, who, today);
                firstProgressNs = System.nanoTime() - a;
                for (int i = 0; i < repeat; i++) {
                    a = System.nanoTime();
                    historyOf(store, who);
                    history[i] = System.nanoTime() - a;
                    a = System.nanoTime();
                    progressOf(store, who, today);
                    progress[i] = System.nanoTime() - a;
                }
            }
            System.out.printf(Locale.ROOT, "open (checks, migrations): %.1f ms%n", openNs / 1e6);
            print("history --person " + who + " --json (" + rows + " sessions)", firstHistoryNs, history);
            print("progress --person " + who + " --weeks " + weeks, firstProgressNs, progress);
            return 0;
        } finally {
            if (dir != null) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private long lastOpenNs;

    private SessionStore open(Path file) {
        long a = System.nanoTime();
        SessionStore s = SqliteStore.open(file);
        lastOpenNs = System.nanoTime() - a;
        return s;
    }

    /** What {@code history --person P --json} does: the person's sessions, newest first, one line each. */
    private static int historyOf(SessionStore store, String personId) {
        List<StoredSession> list = store.sessions(personId, null, null, 0);
        StringBuilder sb = new StringBuilder();
        list.forEach(s -> sb.append(s.summaryJson()).append('\n'));
        return sb.length() > 0 ? list.size() : 0;
    }

    /** What {@code progress --person P --weeks N --json} does. */
    private void progressOf(SessionStore store, String personId, LocalDate today) {
        Person p = store.person(personId).orElseThrow();
        Progress progress = PersonProgress.of(store, p, today, weeks);
        ProgressJson.full(progress);
    }

    private static void print(String what, long firstNs, long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-45s first %6.1f ms, median %6.1f ms, max %6.1f ms (%d runs)%n", what,
                firstNs / 1e6, sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6, ns.length);
    }

    private static long sizeOr0(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }
}
