package org.rollerhub.hub.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.HubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoredSession;

/**
 * The hub as a user runs it ({@code run --file}, a child JVM, a real Mosquitto): the session the
 * broker acknowledged is in the history once, the same capture played again adds nothing, and the
 * person's progress is published retained with Home Assistant discovery for it.
 */
class HistoryMqttTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static MosquittoBroker broker;

    @TempDir
    Path data;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private HubProcess.Result run(String capture) throws Exception {
        return HubProcess.run(Map.of("ROLLER_HOME_ASSISTANT_DISCOVERY", "true", "ROLLER_USER_PERSON_ID", "anna",
                        "ROLLER_USER_ZONE", "Europe/Berlin"), 120, "run", "--file", capture, "--replay-speed", "0",
                "--broker", broker.url(), "--data-dir", data.toString(), "--stature-cm", "173", "--start-level", "T9");
    }

    @Test
    void anAcknowledgedSessionIsKeptOnceAndItsPersonsProgressIsPublished() throws Exception {
        String capture = Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples", "sample-109.rlr")
                .toString();
        try (MqttRecorder rec = MqttRecorder.subscribe(broker.url(), "#")) {
            HubProcess.Result first = run(capture);
            assertEquals(0, first.exitCode(), first.stderr());
            MqttRecorder.Message summary = rec.find(m -> m.topic().endsWith("/session"), 20_000);
            assertNotNull(summary, "the summary reached the broker");
            assertTrue(summary.payload().contains("\"personId\":\"anna\""), summary.payload());
            MqttRecorder.Message progress = rec.find(m -> m.topic().equals("roller/person/anna/progress")
                    && m.payload().contains("\"sessionsThisWeek\":1"), 20_000);
            assertNotNull(progress, "progress after the session: " + rec.all());
            JsonNode p = MAPPER.readTree(progress.payload());
            assertEquals(1, p.path("streakDays").asInt());
            assertTrue(p.path("lastSessionAt").isTextual(), p.toString());
            MqttRecorder.Message config = rec.find(m -> m.topic().equals(
                    "homeassistant/sensor/roller_person_anna/sessions_this_week/config"), 20_000);
            assertNotNull(config, "Home Assistant discovery for the person");
            assertEquals("roller/person/anna/progress", MAPPER.readTree(config.payload()).path("state_topic").asText());

            HubProcess.Result second = run(capture);
            assertEquals(0, second.exitCode(), second.stderr());
        }
        try (MqttRecorder late = MqttRecorder.subscribe(broker.url(), "roller/person/anna/progress")) {
            MqttRecorder.Message kept = late.find(m -> m.retained(), 10_000);
            assertNotNull(kept, "the progress is retained");
            assertEquals(1, MAPPER.readTree(kept.payload()).path("sessionsThisWeek").asInt());
        }
        try (SessionStore store = SqliteStore.open(data.resolve(HubHistory.FILE))) {
            List<StoredSession> kept = store.sessions(null, null, null, 0);
            assertEquals(1, kept.size(), "the same capture twice adds nothing");
            assertEquals("anna", kept.get(0).personId());
            assertTrue(store.trace(kept.get(0).sessionId()).isPresent());
        }
    }
}
