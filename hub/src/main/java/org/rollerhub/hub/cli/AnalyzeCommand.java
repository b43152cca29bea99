package org.rollerhub.hub.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.config.ConfigException;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.pipeline.SessionTable;
import org.rollerhub.protocol.CaptureReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze}: reads captures and prints one session summary per line (JSON valid against
 * {@code session-summary.schema.json}), or a table with {@code --table}. Same bytes in, same
 * bytes out. Exit 0 when every file was a roller capture, even one without a session (which says
 * so on stderr); 1 when a file was missing, empty or not a roller capture (one line on stderr
 * each, the other files are still analysed); 2 for a bad option value.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse roller captures (.rlr): one JSON session summary per line.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    RiderOptions rider = new RiderOptions();

    @Option(names = "--table", description = "human-readable tables instead of JSON")
    boolean table;

    @Option(names = "--progress", description = "show a progress bar on stderr (default: only when on a terminal)")
    boolean progress;

    @Option(names = "--store", arity = "0..1", paramLabel = "DATADIR", fallbackValue = "",
            description = "also keep the sessions in the session history of DATADIR (default: $ROLLER_DATA_DIR, else "
                    + "~/.roller-hub), idempotently; what is printed does not change")
    Path storeDir;

    private CaptureStoring storing; // with --store

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "capture files")
    List<Path> files;

    /** Files smaller than this get no progress bar unless asked for. */
    private static final long PROGRESS_MIN_BYTES = 4L << 20;

    @Override
    public Integer call() {
        AnalyticsSettings settings;
        try {
            settings = rider.settings();
        } catch (ConfigException e) {
            System.err.println("roller-hub analyze: " + e.getMessage());
            return 2;
        }
        PrintStream out = System.out;
        int failures = 0;
        if (storeDir != null) {
            try {
                storing = CaptureStoring.open(storeDir.toString().isEmpty() ? null : storeDir, settings);
            } catch (HistoryCli.Failure e) {
                System.err.println("roller-hub analyze: " + e.getMessage());
                return e.code;
            }
        }
        try (CaptureStoring closing = storing) {
            failures = analyzeAll(settings, out);
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int analyzeAll(AnalyticsSettings settings, PrintStream out) {
        int failures = 0;
        for (Path file : files) {
            String problem = analyze(file, settings, out);
            if (problem != null) {
                System.err.println("roller-hub analyze: " + file + ": " + problem);
                failures++;
            }
        }
        return failures;
    }

    /** Analyses one file, printing its sessions; returns null, or what was wrong with it. */
    private String analyze(Path file, AnalyticsSettings settings, PrintStream out) {
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return "not a readable file";
        }
        CaptureAnalysis result;
        try {
            long size = Files.size(file);
            if (size == 0) {
                return "empty file, not a roller capture";
            }
            ProgressBar bar = (progress || (stderrIsTerminal() && size >= PROGRESS_MIN_BYTES))
                    ? new ProgressBar(System.err, file.getFileName().toString(), size) : null;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                result = CaptureAnalysis.of(in, settings, bar);
            } finally {
                if (bar != null) {
                    bar.done();
                }
            }
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        if (result.counters().packets() == 0) {
            return "not a roller capture (no intact roller packets)";
        }
        if (result.hello() == null) {
            return "not a roller capture (no HELLO: cannot calibrate its samples)";
        }
        if (result.reports().isEmpty()) {
            // Not a failure (a capture may hold only set-up or idle time), but silence would look like one.
            System.err.println("roller-hub analyze: no session found in " + file);
        }
        for (SessionReport report : result.reports()) {
            out.print(table ? SessionTable.format(report) : report.json() + "\n");
        }
        return storing == null ? null : storing.keep(file, result.reports());
    }

    /**
     * Whether stderr is a terminal. Java only tells whether stdin and stdout both are
     * ({@code System.console()}); on Linux, /proc says where fd 2 goes.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** A one-line progress bar redrawn in place on stderr, at most once per percent. */
    static final class ProgressBar implements CaptureReader.Progress {
        private final PrintStream err;
        private final String name;
        private final long total;
        private int shown = -1;

        ProgressBar(PrintStream err, String name, long total) {
            this.err = err;
            this.name = name;
            this.total = total;
        }

        @Override
        public void bytesRead(long read) {
            int pct = (int) Math.min(100, read * 100 / Math.max(1, total));
            if (pct != shown) {
                shown = pct;
                int w = pct * 30 / 100;
                err.print("\r" + name + " [" + "#".repeat(w) + " ".repeat(30 - w) + "] " + pct + "%");
                err.flush();
            }
        }

        void done() {
            err.print("\r" + " ".repeat(name.length() + 40) + "\r");
            err.flush();
        }
    }
}
