package org.rollerhub.hub.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.history.CaptureImport;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.store.SessionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history import}: re-analyses the retained captures into the session history. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Re-analyses every capture retained in <data-dir>/captures and keeps its sessions in the "
                + "session history: for hubs that ran before the history existed. Idempotent: sessions already "
                + "kept (by the live hub or an earlier import) are left as they are.",
            "Each session goes to whoever rolls on its roller (person use, people.rollers, the default person) and "
                + "is analysed with that person's stature and start level, else these options'."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (possibly nothing new)", "1:a capture or the history could not be read",
            "2:bad option, or a history file that is not ours"})
public final class HistoryImportCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "the hub's data folder (default: $ROLLER_DATA_DIR, else ~/.roller-hub)")
    Path dataDir;

    @Option(names = "--stature-cm", paramLabel = "CM", description = "stature of people without their own, cm (default 170)")
    double statureCm = AnalyticsSettings.DEFAULT_STATURE_CM;

    @Option(names = "--start-level", paramLabel = "LEVEL", converter = LevelConverter.class,
            description = "start level of people without their own, T1..T12 (default T8)")
    Level startLevel = AnalyticsSettings.DEFAULT_START_LEVEL;

    @Override
    public Integer call() {
        return HistoryCli.run("history import", () -> {
            AnalyticsSettings hubWide = new AnalyticsSettings(statureCm, startLevel);
            Path data = HistoryCli.dataDir(dataDir);
            List<Path> captures = captures(data.resolve("captures"));
            Map<String, Instant> opened = CaptureImport.openedTimes(data);
            int failures = 0;
            int added = 0;
            int seen = 0;
            SessionStore store = HistoryCli.open(data);
            try (HubHistory history = new HubHistory(store, PeopleSettings.NONE, hubWide, java.time.Clock.systemUTC())) {
                for (Path capture : captures) {
                    try {
                        CaptureAnalysis a = analyze(capture, hubWide);
                        AnalyticsSettings own = a.hello() == null ? hubWide : history.settingsFor(a.hello().deviceIdHex());
                        if (!own.equals(hubWide)) {
                            a = analyze(capture, own); // the person's own stature or start level
                        }
                        seen += a.reports().size();
                        added += CaptureImport.add(history, a.reports(), CaptureImport.openedAt(capture, opened));
                    } catch (IOException | RuntimeException e) {
                        System.err.println("roller-hub history import: " + capture + ": " + e.getMessage());
                        failures++;
                    }
                }
            }
            System.out.println(captures.size() + " capture(s), " + seen + " session(s), " + added
                    + " new in the history.");
            return failures == 0 ? 0 : 1;
        });
    }

    private static CaptureAnalysis analyze(Path capture, AnalyticsSettings settings) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(capture), 1 << 16)) {
            return CaptureAnalysis.of(in, settings, null);
        }
    }

    private static List<Path> captures(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.rlr")) {
            files.forEach(out::add);
        } catch (IOException e) {
            throw new HistoryCli.Failure(1, "cannot list " + dir + ": " + e.getMessage());
        }
        out.sort(null);
        return out;
    }
}
