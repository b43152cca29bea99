package org.rollerhub.hub.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.delivery.CrashPoint;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.testing.OneShotRoller;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoredSession;

/**
 * The session-end path killed at each of its write boundaries: the hub in a child JVM stops at a
 * named {@link CrashPoint} and is killed there with SIGKILL; after a restart the session reaches
 * the broker exactly once, with one content. The broker is down during the first run, so that
 * everything delivered comes from what the first run left on disk. Whatever the point, the
 * session history then holds the session once (written live, caught up from the outbox, or kept
 * by recovery), and a database the kill interrupted opens.
 */
class CrashPointTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnalyticsSettings RIDER = new AnalyticsSettings(173.0, Level.T9); // sample-109's meta

    @TempDir
    Path tmp;
    private final List<AutoCloseable> closers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable c : closers) {
            c.close();
        }
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples", "sample-109.rlr"));
    }

    private LiveHubProcess hub(List<String> wrapper, List<String> jvm, String brokerUrl, int rollerPort, Path data)
            throws IOException {
        LiveHubProcess p = LiveHubProcess.start(wrapper, jvm, Map.of(), "run", "--tcp", "127.0.0.1:" + rollerPort,
                "--broker", brokerUrl, "--data-dir", data.toString(), "--stature-cm", "173", "--start-level", "T9");
        closers.add(p);
        return p;
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {CrashPoint.CAPTURE_FLUSHED, CrashPoint.OUTBOX_TMP_WRITTEN, CrashPoint.OUTBOX_TMP_SYNCED,
        CrashPoint.OUTBOX_RENAMED, CrashPoint.OUTBOX_DIR_SYNCED, CrashPoint.STORE_COMMITTED,
        CrashPoint.INDEX_SESSION_WRITTEN})
    void killedAtAWriteBoundary_theSessionArrivesOnceAfterRestart(String point) throws Exception {
        killAndRestart(point, List.of(), List.of("-D" + CrashPoint.PROPERTY + "=" + point),
                first -> assertTrue(first.awaitStderr("crash point reached: " + point, 60_000),
                        "never reached " + point + "\n" + first.describe()));
    }

    /**
     * The same with the real timing of a slow SD card: every fsync delayed 3 s by strace's fault
     * injection, and the hub killed while its outbox entry is written but not yet durable.
     */
    @Test
    void killedWhileAnOutboxFsyncIsDelayed_theSessionArrivesOnceAfterRestart() throws Exception {
        List<String> strace = List.of("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync",
                "-e", "inject=fsync:delay_enter=3000000");
        Path pending = tmp.resolve("data").resolve("outbox").resolve("pending");
        killAndRestart("strace", strace, List.of(), first -> {
            long deadline = System.currentTimeMillis() + 90_000;
            while (!tmpFileIn(pending)) {
                assertTrue(first.isAlive(), "the hub under strace ended\n" + first.describe());
                assertTrue(System.currentTimeMillis() < deadline, "no outbox write\n" + first.describe());
                Thread.sleep(20);
            }
        });
    }

    private static boolean tmpFileIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    private interface AwaitKillMoment {
        void await(LiveHubProcess first) throws Exception;
    }

    private void killAndRestart(String name, List<String> wrapper, List<String> jvm, AwaitKillMoment moment)
            throws Exception {
        byte[] capture = sample();
        List<SessionReport> expected = CaptureAnalysis.of(new ByteArrayInputStream(capture), RIDER, null).reports();
        assertEquals(1, expected.size(), "sample-109 holds one session");
        String sessionId = expected.get(0).sessionId();

        MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.PERSISTENT);
        closers.add(broker);
        broker.stop();
        OneShotRoller roller = new OneShotRoller(capture);
        closers.add(roller);
        Path data = tmp.resolve("data");

        LiveHubProcess first = hub(wrapper, jvm, broker.url(), roller.port(), data);
        moment.await(first);
        first.kill();

        broker.restart();
        MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-" + name, "roller/+/session");
        closers.add(consumer);
        LiveHubProcess second = hub(List.of(), List.of(), broker.url(), roller.port(), data);
        List<String> got = consumer.awaitContaining(sessionId, 60_000);
        Thread.sleep(1500); // a second copy would come right behind the first
        got = consumer.awaitCount(0, 0);
        List<String> copies = got.stream().filter(p -> p.contains("\"sessionId\":\"" + sessionId + "\"")).toList();
        assertEquals(1, copies.size(), name + ": " + got + "\n" + second.describe());
        assertEquals(1, got.size(), name + ": only that session: " + got);
        JsonNode summary = MAPPER.readTree(copies.get(0));
        assertEquals(expected.get(0).summary().reps().size(), summary.path("totals").path("reps").asInt(), summary.toString());
        assertTrue(second.isAlive(), second.describe());
        assertKeptOnce(data.resolve(HubHistory.FILE), sessionId, name);
    }

    /** The history opens and holds the session once (recovery keeps it just after publishing: waits a little). */
    private static void assertKeptOnce(Path db, String sessionId, String name) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            try (SessionStore store = SqliteStore.open(db)) {
                List<StoredSession> kept = store.sessions(null, null, null, 0);
                if (!kept.isEmpty() || System.currentTimeMillis() > deadline) {
                    assertEquals(List.of(sessionId), kept.stream().map(StoredSession::sessionId).toList(), name);
                    return;
                }
            }
            Thread.sleep(200);
        }
    }
}
