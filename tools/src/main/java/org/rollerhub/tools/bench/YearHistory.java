package org.rollerhub.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.pipeline.SessionTrace;
import org.rollerhub.sim.GeneratedCapture;
import org.rollerhub.sim.LabelsJson;
import org.rollerhub.sim.Simulator;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.SummaryReader;
import org.rollerhub.store.Trace;
import org.rollerhub.tools.eval.Truth;

/**
 * A history of daily sessions for the export benchmark: the firmware simulator's captures of a few
 * seeds, analysed by the pipeline as the hub would, their summaries (with traces) kept once a day at
 * 07:30 in the person's zone, cycling through the seeds, each under its own session id.
 */
final class YearHistory {
    static final String PERSON = "bench";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private YearHistory() {
    }

    /**
     * Fills {@code dataDir/history.db} (which must not hold sessions yet).
     *
     * @param first the first day
     * @param days how many days, one session each
     * @param seeds how many simulator seeds (1..) to cycle through
     * @return the sessions kept
     */
    static int create(Path dataDir, LocalDate first, int days, int seeds) throws IOException {
        List<SessionReport> reports = new ArrayList<>();
        for (long seed = 1; reports.size() < seeds; seed++) {
            GeneratedCapture c = Simulator.generate(seed);
            Truth truth = Truth.parse(LabelsJson.toJson(c.labels()));
            AnalyticsSettings settings = new AnalyticsSettings(truth.statureCm(), truth.startLevel());
            reports.addAll(CaptureAnalysis.of(new ByteArrayInputStream(c.rlr()), settings, null).reports());
        }
        try (JdbcSessionStore store = SqliteStore.open(dataDir.resolve("history.db"))) {
            store.ensurePerson(new Person(PERSON, "Bench Person", 170.0, Level.T8, ZONE,
                    first.atStartOfDay(ZONE).toInstant()));
            store.setPlan(PERSON, new Plan(first, 5, 120, Level.T4, Level.T8, 3));
            for (int d = 0; d < days; d++) {
                SessionReport r = reports.get(d % reports.size());
                Instant start = first.plusDays(d).atTime(LocalTime.of(7, 30)).atZone(ZONE).toInstant();
                String id = r.deviceId() + "-day" + d;
                ObjectNode n = (ObjectNode) MAPPER.readTree(r.json());
                n.put("sessionId", id);
                n.put("startedAt", start.toString());
                StoredSession s = SummaryReader.read(MAPPER.writeValueAsString(n), PERSON, start, trace(r.trace()));
                store.add(s);
            }
            return days;
        }
    }

    private static Trace trace(SessionTrace t) {
        return t == null ? null : new Trace(t.rateHz(),
                t.bands().stream().map(b -> new Trace.Band(b.level(), b.topCm(), b.bottomCm())).toList(),
                t.positionCm(), t.loadN());
    }
}
