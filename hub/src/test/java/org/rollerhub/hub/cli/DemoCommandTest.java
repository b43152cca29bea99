package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollerhub.hub.testing.HubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.pipeline.testing.SummarySchema;

/**
 * {@code demo} as a user runs it (its own JVM): it ends on its own after publishing the simulated
 * session's summary to the broker it was given, says how to subscribe, and prints events live;
 * without {@code --broker} it brings its own broker and says on which port.
 */
class DemoCommandTest {

    @Test
    void demoPublishesToTheGivenBrokerAndEndsOnItsOwn() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start();
                MqttRecorder rec = broker.record("roller/#")) {
            HubProcess.Result r = HubProcess.run(Map.of(), 120, "demo", "--broker", broker.url(), "--speed", "20", "--seed", "6");
            assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
            assertTrue(r.stdout().contains("mosquitto_sub -h 127.0.0.1 -p " + broker.port() + " -t 'roller/#' -v"), r.stdout());
            assertTrue(r.stdout().contains("session-started") && r.stdout().contains("rep-ended"), r.stdout());
            assertTrue(r.stdout().contains("Done: 1 of 1 session summary published"), r.stdout());
            MqttRecorder.Message session = rec.nextLive(t -> t.endsWith("/session"), 10_000);
            assertNotNull(session, "the summary reached the broker");
            assertTrue(SummarySchema.validate(session.payload()).isEmpty());
            JsonNode summary = SummarySchema.parse(session.payload());
            assertTrue(r.stdout().contains(summary.get("sessionId").asText() + " acknowledged"), r.stdout());
        }
    }

    @Test
    void demoWithoutABrokerRunsItsOwnAndSaysWhere() throws Exception {
        HubProcess.Result r = HubProcess.run(Map.of(), 120, "demo", "--speed", "40", "--seed", "6");
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("MQTT: embedded broker at tcp://127.0.0.1:"), r.stdout());
        boolean onDefault = r.stdout().contains("embedded broker at tcp://127.0.0.1:1883\n");
        assertTrue(onDefault || r.stdout().contains("Port 1883 is already taken"), "says which port, plainly:\n" + r.stdout());
        assertTrue(r.stdout().contains("Done: 1 of 1 session summary published"), r.stdout());
        assertTrue(r.stdout().matches("(?s).*Web UI: http://127\\.0\\.0\\.1:\\d+/ \\(log in with the password \\S+\\).*"),
                "says where the web UI is and how to log in:\n" + r.stdout());
    }
}
