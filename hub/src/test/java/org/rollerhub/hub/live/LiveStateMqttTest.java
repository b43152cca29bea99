package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.mqtt.MqttPublisher;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.file.FileTransport;
import org.rollerhub.pipeline.testing.SummarySchema;

/**
 * A recorded session (shared sample 116: one session, 10 reps, 6 compensated) played through the
 * live hub to a real mosquitto: the retained live state on {@code roller/<deviceId>/live} follows
 * the session (in session, the level under the contact, each compensation, the end), and is
 * published only when it changes: every message differs from the one before, and there are far
 * fewer of them than live events.
 */
class LiveStateMqttTest {
    @RegisterExtension
    static final MosquittoBroker broker = MosquittoBroker.perClass();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void theLiveStateFollowsASessionAndIsPublishedOnChangeOnly() throws Exception {
        Path sample = SummarySchema.sharedDir().resolve("samples").resolve("sample-116.rlr");
        MqttSettings settings = new MqttSettings(broker.url(), "roller", "hub-live-test", "hubL", null, null, null,
                null, null, tmp.resolve("outbox"), 100, 10, true, "homeassistant");
        try (MqttRecorder rec = broker.record("roller/#")) {
            MqttPublisher pub = new MqttPublisher(settings);
            pub.start();
            // at 20 times the recorded pace: compensations come hundreds of ms apart on the hub's clock
            AtomicInteger tracePoints = new AtomicInteger(); // what the level is read from, 10 a second
            HubOutput counting = new HubOutput() {
                @Override
                public void sample(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
                    tracePoints.incrementAndGet();
                }
            };
            try (LiveHub hub = new LiveHub(List.of(new FileTransport(sample, 20)),
                    new AnalyticsSettings(180.0, Level.parse("T10")), Clock.systemUTC(), pub, null, counting,
                    Backoff.DEFAULT)) {
                hub.start();
                assertTrue(hub.awaitLinksEnded(), "the recording played to its end");
            } // closing ends a session still open
            assertNotNull(rec.find(m -> m.topic().endsWith("/session"), 15_000), "the summary went out");
            List<JsonNode> live = awaitLive(rec);
            List<MqttRecorder.Message> events = rec.live().stream().filter(m -> m.topic().endsWith("/event")).toList();
            pub.close();

            String deviceId = events.get(0).topic().split("/")[1];
            long compensations = events.stream().filter(m -> m.payload().contains("\"event\":\"compensation\"")).count();
            assertTrue(compensations > 0, "the sample has compensated reps");

            // in order: idle at HELLO, in a session, the end
            assertFalse(live.get(0).get("inSession").asBoolean(), "idle when the roller says hello: " + live);
            assertFalse(live.get(live.size() - 1).get("inSession").asBoolean(), "the session ended: " + live);
            assertTrue(live.get(live.size() - 1).get("level").isNull(), "no level after the session");
            int starts = 0;
            int ends = 0;
            Set<String> compensationTimes = new LinkedHashSet<>();
            List<String> levels = new ArrayList<>();
            for (int i = 1; i < live.size(); i++) {
                JsonNode before = live.get(i - 1);
                JsonNode now = live.get(i);
                assertNotEquals(before, now, "published only on a change, #" + i + ": " + now);
                boolean was = before.get("inSession").asBoolean();
                boolean is = now.get("inSession").asBoolean();
                starts += !was && is ? 1 : 0;
                ends += was && !is ? 1 : 0;
                if (!now.get("level").isNull() && !now.get("level").equals(before.get("level"))) {
                    assertTrue(is, "a level only in a session");
                    assertTrue(now.get("level").asText().matches("C|L|T\\d{1,2}"), now.toString());
                    levels.add(now.get("level").asText());
                }
                if (!now.get("lastCompensationAt").isNull()) {
                    compensationTimes.add(now.get("lastCompensationAt").asText());
                    assertTrue(now.get("lastCompensationLevel").asText().matches("C|L|T\\d{1,2}"), now.toString());
                }
            }
            assertEquals(1, starts, "one session: " + live);
            assertEquals(1, ends, "one end: " + live);
            assertTrue(levels.size() >= 2, "the level moved with the contact: " + levels);
            assertEquals(compensations, compensationTimes.size(), "a timestamp per compensation event: " + live);
            long statuses = rec.live().stream().filter(m -> m.topic().equals("roller/" + deviceId + "/status")).count();
            System.out.printf("live state: %d messages (levels %s); live events: %d; trace points: %d; status: %d%n",
                    live.size(), levels, events.size(), tracePoints.get(), statuses);
            assertEquals(1 + starts + ends + levels.size() + compensationTimes.size(), live.size(),
                    "one message per change: hello, start, end, each level, each compensation");
            assertTrue(live.size() < events.size(), "fewer live states (" + live.size() + ") than live events ("
                    + events.size() + ")");
            assertTrue(live.size() * 20 < tracePoints.get(), "far fewer live states (" + live.size()
                    + ") than the trace points their level is read from (" + tracePoints.get() + ")");
        }
    }

    /** The live states published (not replayed retained ones), once no more come for a second. */
    private static List<JsonNode> awaitLive(MqttRecorder rec) throws Exception {
        int seen = -1;
        List<MqttRecorder.Message> live = List.of();
        while (live.size() != seen) {
            seen = live.size();
            Thread.sleep(1000);
            live = rec.live().stream().filter(m -> m.topic().endsWith("/live")).toList();
        }
        for (MqttRecorder.Message m : live) {
            assertTrue(m.qos() == 1, "QoS 1");
        }
        List<JsonNode> out = new ArrayList<>();
        for (MqttRecorder.Message m : live) {
            out.add(MAPPER.readTree(m.payload()));
        }
        return out;
    }
}
