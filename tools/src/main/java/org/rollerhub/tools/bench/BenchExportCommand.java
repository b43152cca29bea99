package org.rollerhub.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Format;
import org.rollerhub.reports.Paper;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-export}: how long the export of a year of daily sessions takes, as the hub's
 * {@code export} command does it (read the SQLite history, build the view, render, write the file
 * atomically): the progress report as PDF, and the FHIR Bundle. Prints each run's wall time, the
 * first run (classes loading, JIT cold) apart from the rest. Asserts nothing.
 */
@Command(name = "bench-export", mixinStandardHelpOptions = true,
        description = "Time the PDF progress report and the FHIR Bundle of a year of daily sessions.")
public final class BenchExportCommand implements Callable<Integer> {

    @Option(names = "--days", defaultValue = "365", description = "days of history, one session a day (default: 365)")
    int days;

    @Option(names = "--seeds", defaultValue = "8", description = "simulator seeds whose sessions the days cycle through (default: 8)")
    int seeds;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each export (default: 5)")
    int runs;

    @Option(names = "--paper", defaultValue = "a4", description = "a4 or letter (default: a4)")
    String paper;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "keep the history here (made if it has none), to export it again with roller-hub export")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        if (days < 1 || seeds < 1 || runs < 1) {
            System.err.println("roller-tools bench-export: --days, --seeds and --runs must be at least 1");
            return 2;
        }
        Path dir = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("bench-export");
        LocalDate first = LocalDate.of(2025, 1, 1);
        LocalDate last = first.plusDays(days - 1L);
        if (!Files.exists(dir.resolve("history.db"))) {
            long t0 = System.nanoTime();
            YearHistory.create(dir, first, days, seeds);
            System.out.printf(Locale.ROOT, "history: %d daily sessions from %d simulator seeds made in %.1f s (%s)%n",
                    days, seeds, (System.nanoTime() - t0) / 1e9, dir.resolve("history.db"));
        }
        Clock clock = Clock.fixed(last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path out = Files.createTempDirectory("bench-export-out");
        List<double[]> times = new ArrayList<>();
        try (JdbcSessionStore store = SqliteStore.open(dir.resolve("history.db"))) {
            for (int r = 0; r < runs; r++) {
                double pdf = time(store, new ExportRequest(Format.PDF, null, YearHistory.PERSON, first, last,
                        Paper.parse(paper), out.resolve("progress.pdf")), clock);
                double fhir = time(store, new ExportRequest(Format.FHIR, null, YearHistory.PERSON, first, last,
                        Paper.A4, out.resolve("bundle.json")), clock);
                times.add(new double[] {pdf, fhir});
                System.out.printf(Locale.ROOT, "run %d: progress pdf %.3f s, fhir bundle %.3f s%n", r + 1, pdf, fhir);
            }
            System.out.printf(Locale.ROOT, "files: progress.pdf %d kB, bundle.json %d kB%n",
                    Files.size(out.resolve("progress.pdf")) / 1024, Files.size(out.resolve("bundle.json")) / 1024);
        } finally {
            try (Stream<Path> s = Files.list(out)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(out);
        }
        print("progress pdf", times, 0);
        print("fhir bundle", times, 1);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                cpu(), System.getProperty("java.version"));
        return 0;
    }

    private static double time(JdbcSessionStore store, ExportRequest request, Clock clock) {
        long t0 = System.nanoTime();
        Exports.run(store, request, clock, "bench");
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void print(String name, List<double[]> times, int k) {
        double firstRun = times.get(0)[k];
        double[] rest = times.stream().skip(1).mapToDouble(t -> t[k]).sorted().toArray();
        if (rest.length == 0) {
            System.out.printf(Locale.ROOT, "%s: first run %.3f s%n", name, firstRun);
            return;
        }
        System.out.printf(Locale.ROOT, "%s: first run %.3f s; later runs median %.3f s, max %.3f s (n=%d)%n", name,
                firstRun, rest[rest.length / 2], Arrays.stream(rest).max().orElse(0), rest.length);
    }

    private static String cpu() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.replaceFirst(".*:\\s*", ""))
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
