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
 * atomically): the progress report as PDF, and the FHIR Bundle. Prints each run's wall time and the
 * export thread's CPU time (which a busy machine inflates less), the first run (classes loading,
 * JIT cold) apart from the rest, and the load average. Asserts nothing.
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

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private double lastCpu;

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
                double pdfCpu = lastCpu;
                double fhir = time(store, new ExportRequest(Format.FHIR, null, YearHistory.PERSON, first, last,
                        Paper.A4, out.resolve("bundle.json")), clock);
                times.add(new double[] {pdf, fhir, pdfCpu, lastCpu});
                System.out.printf(Locale.ROOT, "run %d: progress pdf %.3f s (cpu %.3f s), fhir bundle %.3f s (cpu %.3f s)%n",
                        r + 1, pdf, pdfCpu, fhir, lastCpu);
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
        print("progress pdf, wall", times, 0);
        print("progress pdf, cpu of the export thread", times, 2);
        print("fhir bundle, wall", times, 1);
        print("fhir bundle, cpu of the export thread", times, 3);
        System.out.println("load average (1, 5, 15 min): " + loadAverage());
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                cpu(), System.getProperty("java.version"));
        return 0;
    }

    /** Wall time, s; the export thread's own CPU time, s, goes into {@code cpu}. */
    private double time(JdbcSessionStore store, ExportRequest request, Clock clock) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Exports.run(store, request, clock, "bench");
        double wall = (System.nanoTime() - t0) / 1e9;
        lastCpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        return wall;
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

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
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
