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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.pipeline.CaptureAnalysis;
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
    private static final long SEED = 6;
    private static final long SECOND_SEED = 52;
    private static final double SPEED = 20;
    @RegisterExtension
    static final MosquittoBroker broker = MosquittoBroker.perClass();

    @TempDir
    Path dataDir;

    @Test
    void sessionsOverTcpArePublishedLiveValidAndAsPlayed() throws Exception {
        LiveRoller roller = SimRollers.withLeadIn(SEED, SPEED, 5);
        Labels labels = roller.labels();
        assertEquals(1, labels.sessions().size(), "the chosen seed plays one session");
        // A second roller read at the same time by the same hub (same user).
        LiveRoller second = SimRollers.withLeadIn(SECOND_SEED, SPEED, 5, labels.meta().statureCm(), labels.meta().startLevel());
        Labels secondLabels = second.labels();
        try (MqttRecorder rec = broker.record("roller/#");
                TcpRollerServer server = new TcpRollerServer(roller, InetAddress.getLoopbackAddress(), 0);
                TcpRollerServer secondServer = new TcpRollerServer(second, InetAddress.getLoopbackAddress(), 0);
                LiveHubProcess hub = LiveHubProcess.start(Map.of(), "run",
                        "--tcp", "127.0.0.1:" + server.port(),
                        "--tcp", "127.0.0.1:" + secondServer.port(),
                        "--broker", broker.url(),
                        "--stature-cm", Double.toString(labels.meta().statureCm()),
                        "--start-level", labels.meta().startLevel(),
                        "--data-dir", dataDir.toString(),
                        "--exit-after-sessions", "2",
                        "--print")) {
            // Live: the first event comes while the roller is still playing its session.
            MqttRecorder.Message first = rec.nextLive(t -> t.endsWith("/event"), 60_000);
            assertNotNull(first, "no live event within 60 s\n" + hub.describe() + "\n" + broker.log());
            double playedAtFirstEvent = roller.playedSeconds();
            assertTrue(playedAtFirstEvent < roller.scriptedSeconds() - 10,
                    "first event only at " + playedAtFirstEvent + " s of " + roller.scriptedSeconds());

            String deviceId = SimRollers.deviceIdHex(SEED);
            MqttRecorder.Message session = rec.nextLive(t -> t.equals("roller/" + deviceId + "/session"), 120_000);
            assertNotNull(session, "no summary within 120 s\n" + hub.describe());
            String secondId = SimRollers.deviceIdHex(SECOND_SEED);
            MqttRecorder.Message secondSession = rec.find(m -> !m.retained()
                    && m.topic().equals("roller/" + secondId + "/session"), 120_000);
            assertNotNull(secondSession, "no summary of the second roller within 120 s\n" + hub.describe());
            assertEquals(0, hub.waitFor(60), "--exit-after-sessions 2 exits 0 once both are acknowledged\n" + hub.describe());
            LiveAssertions.matchesLabels(LiveAssertions.validSummary(secondSession.payload()),
                    secondLabels.sessions().get(0), 2.0, hub.describe());

            JsonNode summary = LiveAssertions.validSummary(session.payload());
            assertEquals("roller/" + deviceId + "/session", session.topic());
            assertEquals(1, session.qos());
            // A live roller starts its body timeline when the hub connects, so its samples fall a
            // few ms differently from run to run. This seed's session breathes 24 % of F0 peak to
            // peak, and in about one run of three F0 was first taken in a breath's trough; until
            // 2026-11-24 the analytics then counted breaths as reps (AccuracyTest holds ten such
            // placements of it to their labels now).
            LiveAssertions.matchesLabels(summary, labels.sessions().get(0), 2.0, hub.describe());

            // Events: over MQTT in exactly the order the hub made them (its --print output), all before the summary.
            List<MqttRecorder.Message> live = rec.live();
            int summaryAt = live.indexOf(session);
            List<String> mqttEvents = new ArrayList<>();
            for (int i = 0; i < live.size(); i++) {
                if (live.get(i).topic().equals("roller/" + deviceId + "/event")) {
                    assertTrue(i < summaryAt, "every event comes before the summary");
                    mqttEvents.add(live.get(i).payload());
                }
            }
            List<String> printedEvents = hub.stdout().stream()
                    .filter(l -> l.startsWith("{\"event\"") && l.contains("\"deviceId\":\"" + deviceId + "\"")).toList();
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
            for (String e : mqttEvents) { // every rep ends (or is cancelled) after it started, none overlaps
                String name = SummaryEvents.name(e);
                if (name.equals("rep-started")) {
                    open++;
                } else if (name.equals("rep-ended") || name.equals("rep-cancelled")) {
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
            assertEquals(2, rlr.size(), rlr.toString());
            rlr = rlr.stream().filter(p -> p.getFileName().toString().endsWith("_" + server.port() + ".rlr")).toList();
            assertEquals(1, rlr.size(), "one capture per roller link, named after it: " + rlr);
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
