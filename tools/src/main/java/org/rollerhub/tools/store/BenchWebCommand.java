package org.rollerhub.tools.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.web.history.HistoryHandlers;
import org.rollerhub.web.history.ProgressHandlers;
import org.rollerhub.web.pages.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-web}: the server time of the history and progress pages on a large history. Fills
 * a fresh SQLite history with seeded sessions (the generator of {@code bench-store}), then times
 * what the page handlers do for a request: read the store, build the view, render the template to
 * HTML. Prints the first answer (cold) and the median and maximum of the repeats. Asserts nothing.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = "Times the web UI's history and progress pages server-side (store, view, template) on a generated history.")
public final class BenchWebCommand implements Callable<Integer> {
    @Option(names = "--sessions", paramLabel = "N", defaultValue = "10000", description = "sessions over a year (default ${DEFAULT-VALUE})")
    int sessions;

    @Option(names = "--people", paramLabel = "N", defaultValue = "5", description = "people sharing them (default ${DEFAULT-VALUE})")
    int people;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "20", description = "timed repeats per page (default ${DEFAULT-VALUE})")
    int repeat;

    @Override
    public Integer call() throws IOException {
        if (sessions < 1 || people < 1 || repeat < 1) {
            System.err.println("roller-tools bench-web: --sessions, --people and --repeat must be 1 or more");
            return 2;
        }
        Path dir = Files.createTempDirectory("bench-web");
        Path file = dir.resolve("history.db");
        Instant end = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneOffset.UTC).toInstant();
        try (SessionStore store = SqliteStore.open(file)) {
            long t0 = System.nanoTime();
            HistoryGenerator.fill(store, people, sessions, end, 1);
            System.out.printf(Locale.ROOT, "generated %d sessions of %d people in %.1f s%n", sessions, people,
                    (System.nanoTime() - t0) / 1e9);
            Renderer renderer = new Renderer();
            HistoryHandlers history = new HistoryHandlers(store, renderer);
            ProgressHandlers progress = new ProgressHandlers(store, renderer, Clock.fixed(end.minusSeconds(1), ZoneOffset.UTC));
            String who = HistoryGenerator.personId(0);
            System.out.println("page (server time: store, view, template)              first      median     max   (ms)  HTML");
            time("  of which store.sessions(everyone, newest 201)", () -> Integer.toString(
                    store.sessions(null, null, null, 201, false).size()));
            time("  store.sessions(one person, newest 201)", () -> Integer.toString(
                    store.sessions(who, null, null, 201, false).size()));
            time("history, everyone, no filter (newest 200)", () -> renderer.text("history", history.view(null, null, null, "t")));
            time("history, one person, one month", () -> renderer.text("history",
                    history.view(who, "2026-11-01", "2026-11-30", "t")));
            time("progress, one person, 12 weeks", () -> renderer.text("progress", progress.view(who, 12, "t")));
            time("progress, one person, 52 weeks", () -> renderer.text("progress", progress.view(who, 52, "t")));
        } finally {
            for (String f : new String[] {"history.db", "history.db-wal", "history.db-shm"}) {
                Files.deleteIfExists(dir.resolve(f));
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private void time(String what, Supplier<String> page) {
        long t0 = System.nanoTime();
        int size = page.get().length();
        long first = System.nanoTime() - t0;
        long[] ns = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            page.get();
            ns[i] = System.nanoTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-52s %8.1f  %8.1f  %8.1f        %d kB%n", what, first / 1e6, ns[repeat / 2] / 1e6,
                ns[repeat - 1] / 1e6, size / 1024);
    }
}
