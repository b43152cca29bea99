package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.pipeline.CaptureAnalysis;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.testing.SimRollers;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.TcpRollerServer;

/**
 * The live hub as a user runs it ({@code run} in its own JVM) on a simulated roller over a real
 * TCP loopback link, publishing to a real Mosquitto: the session's summary arrives on
 * {@code roller/<id>/session}, valid and matching what the simulator played; the live events
 * arrive over MQTT while the roller is still playing, in the order the hub produced them; the raw
 * stream is recorded and re-analyses to the same session.
 */
class LiveTcpSessionTest {
    private static final long SEED = 16;
    private static final double SPEED = 20;
    private static MosquittoBroker broker;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void sessionOverTcpIsPublishedLiveValidAndAsPlayed() throws Exception {
        LiveRoller roller = SimRollers.withLeadIn(SEED, SPEED, 5);
        Labels labels = roller.labels();
        assertEquals(1, labels.sessions().size(), "the chosen seed plays one session");
        try (MqttRecorder rec = MqttRecorder.subscribe(broker.url(), "roller/#");
                TcpRollerServer server = new TcpRollerServer(roller, InetAddress.getLoopbackAddress(), 0);
                LiveHubProcess hub = LiveHubProcess.start(Map.of(), "run",
                        "--tcp", "127.0.0.1:" + server.port(),
                        "--broker", broker.url(),
                        "--stature-cm", Double.toString(labels.meta().statureCm()),
                        "--start-level", labels.meta().startLevel(),
                        "--data-dir", dataDir.toString(),
                        "--exit-after-sessions", "1",
                        "--print")) {
            // Live: the first event comes while the roller is still playing its session.
            MqttRecorder.Message first = rec.nextLive(t -> t.endsWith("/event"), 60_000);
            assertNotNull(first, "no live event within 60 s\n" + hub.describe() + "\n" + broker.log());
            double playedAtFirstEvent = roller.playedSeconds();
            assertTrue(playedAtFirstEvent < roller.scriptedSeconds() - 10,
                    "first event only at " + playedAtFirstEvent + " s of " + roller.scriptedSeconds());

            MqttRecorder.Message session = rec.nextLive(t -> t.endsWith("/session"), 120_000);
            assertNotNull(session, "no summary within 120 s\n" + hub.describe());
            assertEquals(0, hub.waitFor(60), "--exit-after-sessions 1 exits 0 once acknowledged\n" + hub.describe());

            JsonNode summary = LiveAssertions.validSummary(session.payload());
            String deviceId = summary.get("deviceId").asText();
            assertEquals("roller/" + deviceId + "/session", session.topic());
            assertEquals(1, session.qos());
            LiveAssertions.matchesLabels(summary, labels.sessions().get(0), 2.0, hub.describe());

            // Events: over MQTT in exactly the order the hub made them (its --print output), all before the summary.
            List<String> mqttEvents = new ArrayList<>();
            for (MqttRecorder.Message m : rec.live()) {
                if (m.topic().equals("roller/" + deviceId + "/event")) {
                    mqttEvents.add(m.payload());
                } else if (m.topic().endsWith("/session")) {
                    break;
                }
            }
            List<String> printedEvents = hub.stdout().stream().filter(l -> l.startsWith("{\"event\"")).toList();
            assertEquals(printedEvents, mqttEvents, "events over MQTT, in the hub's order");
            String sessionId = summary.get("sessionId").asText();
            assertEquals("session-started", SummaryEvents.name(mqttEvents.get(0)));
            assertEquals("session-ended", SummaryEvents.name(mqttEvents.get(mqttEvents.size() - 1)));
            long repEnds = mqttEvents.stream().filter(e -> SummaryEvents.name(e).equals("rep-ended")).count();
            assertEquals(summary.get("totals").get("reps").asInt(), repEnds);
            for (String e : mqttEvents) {
                assertEquals(sessionId, SummaryEvents.parse(e).get("sessionId").asText(), e);
            }
            int open = 0;
            for (String e : mqttEvents) { // every rep ends after it started, none overlaps
                String name = SummaryEvents.name(e);
                if (name.equals("rep-started")) {
                    open++;
                } else if (name.equals("rep-ended")) {
                    open--;
                }
                assertTrue(open == 0 || open == 1, "reps nest properly: " + mqttEvents);
            }

            // The status is retained and names the link.
            assertTrue(rec.live().stream().anyMatch(m -> m.topic().equals("roller/" + deviceId + "/status")
                    && m.payload().contains("\"transport\":\"tcp:127.0.0.1:" + server.port() + "\"")));

            // Recorded: one capture, indexed, which analyses again to the same session.
            Path captures = dataDir.resolve("captures");
            List<Path> rlr;
            try (Stream<Path> s = Files.list(captures)) {
                rlr = s.filter(p -> p.toString().endsWith(".rlr")).toList();
            }
            assertEquals(1, rlr.size(), rlr.toString());
            String index = Files.readString(captures.resolve("index.jsonl"));
            assertTrue(index.contains("\"event\":\"published\"") && index.contains(sessionId), index);
            assertTrue(index.contains("\"event\":\"closed\""), index);
            try (InputStream in = Files.newInputStream(rlr.get(0))) {
                CaptureAnalysis again = CaptureAnalysis.of(in, new AnalyticsSettings(labels.meta().statureCm(),
                        Level.parse(labels.meta().startLevel())), null);
                assertEquals(1, again.reports().size());
                assertEquals(sessionId, again.reports().get(0).sessionId(), "the same capture gives the same id");
                assertEquals(summary.get("totals"), SummaryEvents.parse(again.reports().get(0).json()).get("totals"));
            }
        }
    }
}
