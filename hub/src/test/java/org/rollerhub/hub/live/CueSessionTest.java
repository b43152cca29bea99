package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.protocol.Cue;
import org.rollerhub.sim.Actuators;
import org.rollerhub.sim.CueReaction;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.ScenarioFile;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.PlayedCue;
import org.rollerhub.sim.live.TcpRollerServer;

/**
 * Cues end to end: the hub ({@code run}, its own JVM) reads three simulated rollers over TCP
 * loopback, playing the same session, and publishes to a real Mosquitto. The session starts at T11
 * with two compensated reps that slide 2.5 cm each and two held reps after them: a user who slides
 * the whole way ends up in the lumbar zone (4 cm below), one who stops when cued does not.
 * <ul>
 *   <li>A: vibration motor and LED, a user who stops the slide 0.3-0.5 s after a "correct" cue;</li>
 *   <li>B: a roller that predates CUE, configured {@code cues: on}: its one cue gets ACK 1;</li>
 *   <li>C: a roller that knows CUE but has no actuator, {@code cues: on}: ACK 2.</li>
 * </ul>
 */
class CueSessionTest {
    private static final double SPEED = 5;
    @RegisterExtension
    static final MosquittoBroker broker = MosquittoBroker.perClass();

    @TempDir
    Path dir;

    private static LiveRoller roller(int n, Actuators actuators) {
        String scenario = """
                mass 80
                stature 170
                start-level T11
                device-id 00000000c0e5000%d
                lead-in 3
                session
                rest 6
                compensated-rep 1 rise=3 move=-2.5
                rest 6
                compensated-rep 1 rise=3 move=-2.5
                rest 6
                held-rep 3
                rest 5
                held-rep 3
                rest 5
                """.formatted(n);
        LiveRoller r = LiveRoller.of(ScenarioFile.parse(scenario), 11, SPEED, null);
        r.equip(actuators, new CueReaction(0.3, 0.5, 1.0));
        return r;
    }

    private static String id(int n) {
        return "00000000c0e5000" + n;
    }

    @Test
    void cuedUserSlidesLessAndRollersThatCannotPlayCuesGetNoMore() throws Exception {
        LiveRoller a = roller(1, Actuators.BOTH);
        LiveRoller b = roller(2, Actuators.LEGACY);
        LiveRoller c = roller(3, Actuators.NONE);
        try (MqttRecorder rec = broker.record("roller/#");
                TcpRollerServer sa = new TcpRollerServer(a, InetAddress.getLoopbackAddress(), 0);
                TcpRollerServer sb = new TcpRollerServer(b, InetAddress.getLoopbackAddress(), 0);
                TcpRollerServer sc = new TcpRollerServer(c, InetAddress.getLoopbackAddress(), 0)) {
            Path config = dir.resolve("hub.yaml");
            Files.writeString(config, """
                    broker: %s
                    dataDir: %s
                    user:
                      statureCm: 170
                      startLevel: T11
                    rollers:
                      - {tcp: "127.0.0.1:%d"}
                      - {tcp: "127.0.0.1:%d", cues: on}
                      - {tcp: "127.0.0.1:%d", cues: on}
                    cues:
                      commands: true
                    """.formatted(broker.url(), dir.resolve("data"), sa.port(), sb.port(), sc.port()));
            try (LiveHubProcess hub = LiveHubProcess.start(Map.of(), "run", "--config", config.toString(),
                    "--exit-after-sessions", "3", "--print")) {
                // cue/set on C once it is known: a bad command changes nothing, a good one is applied,
                // a cue sent to a roller that refused cues is refused
                assertNotNull(rec.nextLive(t -> t.equals("roller/" + id(3) + "/status"), 60_000), hub.describe());
                MqttClient cmd = new MqttClient(broker.url(), "cue-test-" + ProcessHandle.current().pid(),
                        new MemoryPersistence());
                cmd.connect();
                publish(cmd, id(3), "{\"action\":\"policy\",\"quiet\":true,\"minGapS\":-1}");
                JsonNode bad = result(rec, id(3), hub);
                assertEquals(false, bad.get("ok").asBoolean(), bad.toString());
                assertTrue(bad.get("error").asText().contains("minGapS"), bad.toString());
                publish(cmd, id(3), "{\"action\":\"send\",\"pattern\":\"loud\"}");
                JsonNode badPattern = result(rec, id(3), hub);
                assertTrue(badPattern.get("error").asText().contains("pattern"), badPattern.toString());
                publish(cmd, id(3), "not json");
                assertEquals(false, result(rec, id(3), hub).get("ok").asBoolean());
                publish(cmd, id(3), "{\"action\":\"policy\",\"id\":\"p1\"}");
                JsonNode unchanged = result(rec, id(3), hub);
                assertEquals("p1", unchanged.get("id").asText());
                assertEquals(false, unchanged.get("policy").get("quiet").asBoolean(), "the bad command changed nothing");
                assertEquals(3.0, unchanged.get("policy").get("minGapS").asDouble());
                assertEquals("on", unchanged.get("policy").get("mode").asText());

                MqttRecorder.Message sa1 = rec.find(m -> m.topic().equals("roller/" + id(1) + "/session"), 180_000);
                assertNotNull(sa1, "no summary from A\n" + hub.describe());
                MqttRecorder.Message sb1 = rec.find(m -> m.topic().equals("roller/" + id(2) + "/session"), 60_000);
                MqttRecorder.Message sc1 = rec.find(m -> m.topic().equals("roller/" + id(3) + "/session"), 60_000);
                assertNotNull(sb1, hub.describe());
                assertNotNull(sc1, hub.describe());

                // C refused its cue with ACK 2: a cue by command is refused too, and nothing more went to it
                publish(cmd, id(3), "{\"action\":\"send\",\"pattern\":\"good\",\"led\":\"green\"}");
                JsonNode refused = result(rec, id(3), hub);
                assertEquals(false, refused.get("ok").asBoolean(), refused.toString());
                assertTrue(refused.get("error").asText().contains("refused"), refused.toString());
                cmd.disconnect();
                cmd.close();
                assertEquals(0, hub.waitFor(60), hub.describe());

                List<String> aEvents = events(rec, id(1));
                List<String> bEvents = events(rec, id(2));
                List<String> cEvents = events(rec, id(3));
                // every roller's analysis found the onsets; only A's cues were played
                for (List<String> ev : List.of(aEvents, bEvents, cEvents)) {
                    assertEquals(2, ev.stream().filter(e -> e.contains("\"event\":\"compensation-onset\"")).count(),
                            String.join("\n", ev));
                }
                List<String> aCues = aEvents.stream().filter(e -> e.startsWith("{\"event\":\"cue\"")).toList();
                assertEquals(2, aCues.size(), String.join("\n", aEvents));
                for (String cue : aCues) {
                    assertTrue(cue.contains("\"pattern\":\"correct\"") && cue.contains("\"led\":\"amber\"")
                            && cue.contains("\"latencyMs\""), cue);
                }
                List<PlayedCue> played = a.cues();
                assertEquals(2, played.size(), played.toString());
                assertTrue(played.stream().allMatch(p -> p.cue().pattern() == Cue.Pattern.CORRECT && p.corrected()));
                for (List<String> ev : List.of(bEvents, cEvents)) {
                    assertEquals(1, ev.stream().filter(e -> e.startsWith("{\"event\":\"cue\"")).count(),
                            "one cue, then no more on this connection:\n" + String.join("\n", ev));
                    assertEquals(1, ev.stream().filter(e -> e.startsWith("{\"event\":\"cue-refused\"")).count());
                }
                assertTrue(bEvents.stream().anyMatch(e -> e.contains("\"ack\":\"unknown-command\"")));
                assertTrue(cEvents.stream().anyMatch(e -> e.contains("\"ack\":\"bad-arguments\"")));
                assertTrue(b.cues().isEmpty() && c.cues().isEmpty());

                // the labels: A's compensated reps were cued and corrected, their slides stopped short
                Labels la = a.labels();
                List<Labels.Rep> reps = la.sessions().get(0).reps();
                for (int i = 0; i < 2; i++) {
                    assertEquals(Boolean.TRUE, reps.get(i).corrected(), reps.toString());
                    assertTrue(reps.get(i).slideCm() < 2.0, reps.toString());
                }

                // the summaries: the uncued users (B, C) slid into the lumbar zone, the cued one did not
                JsonNode ja = LiveAssertions.validSummary(sa1.payload());
                JsonNode jb = LiveAssertions.validSummary(sb1.payload());
                JsonNode jc = LiveAssertions.validSummary(sc1.payload());
                double lumbarA = ja.get("zones").get("lumbarS").asDouble();
                double lumbarB = jb.get("zones").get("lumbarS").asDouble();
                int compA = ja.get("totals").get("compensations").asInt();
                int compB = jb.get("totals").get("compensations").asInt();
                assertTrue(lumbarA < lumbarB - 5, "lumbar time cued " + lumbarA + " s, uncued " + lumbarB + " s");
                assertTrue(compA < compB, "compensated reps cued " + compA + ", uncued " + compB);
                // nothing else changed for the rollers that refused: B and C played the same and agree
                // (their samples fall a few ms apart, live, so hold times differ by a few hundredths)
                for (String k : List.of("reps", "holds", "shifts", "compensations")) {
                    assertEquals(jb.get("totals").get(k), jc.get("totals").get(k), k);
                }
                assertEquals(jb.get("totals").get("holdS").asDouble(), jc.get("totals").get("holdS").asDouble(), 0.2);
                LiveAssertions.matchesLabels(jb, b.labels().sessions().get(0), 2.0, hub.describe());
            }
        }
    }

    private static void publish(MqttClient client, String deviceId, String payload) throws Exception {
        client.publish("roller/" + deviceId + "/cue/set", new MqttMessage(payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode result(MqttRecorder rec, String deviceId, LiveHubProcess hub) throws Exception {
        MqttRecorder.Message m = rec.nextLive(t -> t.equals("roller/" + deviceId + "/cue/result"), 30_000);
        assertNotNull(m, "no cue/result\n" + hub.describe());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(m.payload());
    }

    private static List<String> events(MqttRecorder rec, String deviceId) {
        return rec.live().stream().filter(m -> m.topic().equals("roller/" + deviceId + "/event"))
                .map(MqttRecorder.Message::payload).toList();
    }
}
