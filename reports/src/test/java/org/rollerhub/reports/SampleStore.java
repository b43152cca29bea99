package org.rollerhub.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.pipeline.SessionTrace;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.SummaryReader;
import org.rollerhub.store.Trace;

/**
 * A store in a real SQLite file holding the shared sample captures as the hub would have kept them:
 * each capture analysed by the pipeline, its summaries stamped with a wall-clock start (one session
 * a day from {@link #FIRST_DAY}, at 07:30 in {@link #ZONE}) and kept with their traces.
 */
final class SampleStore {
    static final String PERSON = "p-0042";
    static final String NAME = "Alex Example";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleStore() {
    }

    static Path shared() {
        return Path.of(System.getProperty("roller.shared.dir", "../../shared"));
    }

    /** Opens {@code dir/history.db} and fills it with every sample's sessions. */
    static JdbcSessionStore create(Path dir) throws IOException {
        JdbcSessionStore store = SqliteStore.open(dir.resolve("history.db"));
        store.addPerson(new Person(PERSON, NAME, 173.0, Level.T8, ZONE, FIRST_DAY.atStartOfDay(ZONE).toInstant()));
        store.setPlan(PERSON, new Plan(FIRST_DAY, 5, 120, Level.T4, Level.T9, 3));
        LocalDate day = FIRST_DAY;
        for (StoredSession s : analyse(PERSON)) {
            Instant start = day.atTime(LocalTime.of(7, 30)).atZone(ZONE).toInstant();
            store.add(SummaryReader.read(withStart(s.summaryJson(), start), PERSON, start, s.trace()));
            day = day.plusDays(1);
        }
        return store;
    }

    /** Every sample's sessions as the pipeline reports them (undated), with traces. */
    static List<StoredSession> analyse(String personId) throws IOException {
        List<StoredSession> out = new ArrayList<>();
        List<Path> captures;
        try (Stream<Path> s = Files.list(shared().resolve("samples"))) {
            captures = s.filter(p -> p.toString().endsWith(".rlr")).sorted().toList();
        }
        for (Path rlr : captures) {
            JsonNode meta = MAPPER.readTree(Path.of(rlr.toString().replace(".rlr", ".json")).toFile()).path("meta");
            AnalyticsSettings settings = new AnalyticsSettings(meta.path("statureCm").asDouble(),
                    Level.parse(meta.path("startLevel").asText()));
            try (InputStream in = Files.newInputStream(rlr)) {
                for (SessionReport r : CaptureAnalysis.of(in, settings, null).reports()) {
                    out.add(SummaryReader.read(r.json(), personId, Instant.EPOCH, trace(r.trace())));
                }
            }
        }
        return out;
    }

    static Trace trace(SessionTrace t) {
        if (t == null) {
            return null;
        }
        return new Trace(t.rateHz(), t.bands().stream().map(b -> new Trace.Band(b.level(), b.topCm(), b.bottomCm())).toList(),
                t.positionCm(), t.loadN());
    }

    /** The summary with a wall-clock {@code startedAt}, as a live hub publishes it. */
    static String withStart(String json, Instant start) throws IOException {
        ObjectNode n = (ObjectNode) MAPPER.readTree(json);
        n.put("startedAt", start.toString());
        return MAPPER.writeValueAsString(n);
    }
}
