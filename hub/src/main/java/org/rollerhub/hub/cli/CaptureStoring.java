package org.rollerhub.hub.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.history.CaptureImport;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.store.StoreException;

/** {@code analyze --store}: the analysed sessions kept in a data folder's history as well. */
final class CaptureStoring implements AutoCloseable {
    private final HubHistory history;
    private final Map<String, Instant> opened;

    private CaptureStoring(HubHistory history, Map<String, Instant> opened) {
        this.history = history;
        this.opened = opened;
    }

    /** @param dataDir the folder, or null for the default one */
    static CaptureStoring open(Path dataDir, AnalyticsSettings settings) {
        Path dir = HistoryCli.dataDir(dataDir);
        return new CaptureStoring(new HubHistory(HistoryCli.open(dir), PeopleSettings.NONE, settings, Clock.systemUTC()),
                CaptureImport.openedTimes(dir));
    }

    /** Keeps a capture's sessions; returns null, or what went wrong. */
    String keep(Path capture, List<SessionReport> reports) {
        try {
            CaptureImport.add(history, reports, CaptureImport.openedAt(capture, opened));
            return null;
        } catch (IOException | StoreException e) {
            return "not kept in the session history: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        history.close();
    }
}
