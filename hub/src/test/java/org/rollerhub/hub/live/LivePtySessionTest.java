package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.testing.SimRollers;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.PtyRollerServer;
import org.rollerhub.sim.live.TcpRollerServer;

/**
 * The live hub ({@code run} in its own JVM) reading a roller on a serial port, here a real pty:
 * the simulator's own pty, and a pty made by socat that is closed and made again mid-session, as
 * when a USB cable is pulled and plugged back. Publishing to a real Mosquitto.
 */
class LivePtySessionTest {
    @RegisterExtension
    static final MosquittoBroker broker = MosquittoBroker.perClass();

    @TempDir
    Path dir;

    private static String[] runArgs(String serial, Labels labels, Path dataDir) {
        return new String[] {"run", "--serial", serial, "--broker", broker.url(),
            "--stature-cm", Double.toString(labels.meta().statureCm()), "--start-level", labels.meta().startLevel(),
            "--data-dir", dataDir.toString(), "--exit-after-sessions", "1", "--print"};
    }

    @Test
    void sessionOverAPtyIsPublishedValidAndAsPlayed() throws Exception {
        LiveRoller roller = SimRollers.withLeadIn(1, 20, 5);
        Labels labels = roller.labels();
        Path tty = dir.resolve("roller-tty");
        try (MqttRecorder rec = broker.record("roller/+/session");
                PtyRollerServer server = new PtyRollerServer(roller, tty);
                LiveHubProcess hub = LiveHubProcess.start(Map.of(), runArgs(tty + ":921600", labels, dir.resolve("data")))) {
            assertTrue(hub.awaitStderr("LinkManager", 30_000), hub.describe());
            MqttRecorder.Message session = rec.nextLive(t -> true, 120_000);
            assertNotNull(session, "no summary within 120 s\n" + hub.describe());
            assertEquals(0, hub.waitFor(60), hub.describe());
            JsonNode summary = LiveAssertions.validSummary(session.payload());
            LiveAssertions.matchesLabels(summary, labels.sessions().get(0), 2.0, hub.describe());
            assertTrue(hub.stderr().stream().anyMatch(l -> l.contains("serial:" + tty + "@921600")), hub.describe());
        }
    }

    @Test
    void ptyClosedAndReopenedMidSessionTheHubReconnectsAndTheSessionGoesOn() throws Exception {
        double speed = 10;
        LiveRoller roller = SimRollers.withLeadIn(31, speed, 5);
        Labels labels = roller.labels();
        Labels.Session played = labels.sessions().get(0);
        Path tty = dir.resolve("usb-roller");
        try (MqttRecorder rec = broker.record("roller/#");
                TcpRollerServer server = new TcpRollerServer(roller, InetAddress.getLoopbackAddress(), 0)) {
            Process socat = bridge(tty, server.port());
            try (LiveHubProcess hub = LiveHubProcess.start(Map.of("ROLLER_LINK_IDLE_TIMEOUT_S", "3"),
                    runArgs(tty.toString(), labels, dir.resolve("data")))) {
                assertTrue(hub.awaitStderr("LinkManager", 30_000), hub.describe());
                // Mid-session: after the second rep, the "cable" goes.
                for (int i = 0; i < 2; i++) {
                    assertNotNull(rec.nextLive(t -> t.endsWith("/event") , 60_000));
                }
                MqttRecorder.Message rep = null;
                for (int reps = 0; reps < 2;) {
                    rep = rec.nextLive(t -> t.endsWith("/event"), 60_000);
                    assertNotNull(rep, "no rep within 60 s\n" + hub.describe());
                    if (SummaryEvents.name(rep.payload()).equals("rep-ended")) {
                        reps++;
                    }
                }
                String sessionId = SummaryEvents.parse(rep.payload()).get("sessionId").asText();
                double goneAtS = roller.playedSeconds();
                socat.destroy();
                assertTrue(socat.waitFor(10, TimeUnit.SECONDS));
                assertTrue(hub.awaitStderr("link lost", 20_000), "the hub notices the pty is gone\n" + hub.describe());
                Thread.sleep(700);
                socat = bridge(tty, server.port());
                assertTrue(hub.awaitStderr("connected again", 30_000), "the hub reconnects\n" + hub.describe());
                double backAtS = roller.playedSeconds();
                assertTrue(backAtS - goneAtS < played.durationS() / 2, "the gap must be short compared to the session");

                MqttRecorder.Message session = rec.nextLive(t -> t.endsWith("/session"), 120_000);
                assertNotNull(session, "no summary within 120 s\n" + hub.describe());
                assertEquals(0, hub.waitFor(60), hub.describe());
                JsonNode summary = LiveAssertions.validSummary(session.payload());
                // One session, the same one, going on across the gap.
                assertEquals(sessionId, summary.get("sessionId").asText(), "the session goes on across the gap");
                assertEquals(1, rec.live().stream().filter(m -> m.topic().endsWith("/session")).count());
                List<MqttRecorder.Message> events = rec.live().stream().filter(m -> m.topic().endsWith("/event")).toList();
                assertEquals("session-ended", SummaryEvents.name(events.get(events.size() - 1).payload()));
                assertEquals(1, events.stream().filter(m -> SummaryEvents.name(m.payload()).equals("session-started")).count());
                assertEquals(played.durationS(), summary.get("durationS").asDouble(), 3.0,
                        "the session lasts as long as played, not cut at the gap\n" + summary);
                // (Packets sent while the cable was out cannot be counted lost: the roller's seq
                // starts afresh for the hub on every connection.) The status says the link came back.
                String deviceId = summary.get("deviceId").asText();
                assertTrue(rec.live().stream().anyMatch(m -> m.topic().equals("roller/" + deviceId + "/status")
                        && m.payload().contains("\"connections\":2")), "status shows the second connection");
                int reps = summary.get("totals").get("reps").asInt();
                assertTrue(reps >= 2 && reps <= played.totals().reps(), "reps " + reps + " of " + played.totals().reps());
            } finally {
                socat.destroy();
                socat.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A pty at {@code link} bridged to the roller's TCP port, as a USB serial device would appear. */
    private static Process bridge(Path link, int port) throws Exception {
        Files.deleteIfExists(link);
        Process p = new ProcessBuilder("socat", "PTY,link=" + link + ",raw,echo=0", "TCP:127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        for (int i = 0; i < 100 && !Files.exists(link); i++) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(link), "socat made the pty");
        return p;
    }
}
