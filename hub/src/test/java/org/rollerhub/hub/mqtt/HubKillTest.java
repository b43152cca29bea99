package org.rollerhub.hub.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.testing.OneShotRoller;

/**
 * Issue 6 with the real hub in a child JVM ({@code HubMain run}), killed with SIGKILL
 * ({@code Process.destroyForcibly()}), a real mosquitto and a roller on TCP that plays a shared
 * sample capture: a summary made but not acknowledged survives the kill; a session still running
 * at the kill is recovered from its capture at the next start. Each arrives once.
 */
class HubKillTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AnalyticsSettings RIDER = new AnalyticsSettings(173.0, Level.T9); // sample-109's meta

    @TempDir
    Path tmp;
    private final List<Process> children = new ArrayList<>();
    private final List<AutoCloseable> closers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : children) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (AutoCloseable c : closers) {
            c.close();
        }
    }

    private static byte[] sample() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples",
                "sample-109.rlr"));
    }

    /** A roller on TCP: the first connection gets {@code bytes}, then silence; later connections get silence. */
    private int roller(byte[] bytes) throws IOException {
        OneShotRoller roller = new OneShotRoller(bytes);
        closers.add(roller);
        return roller.port();
    }

    private Process hub(String brokerUrl, int rollerPort, Path data, String logName, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.rollerhub.hub.HubMain", "run", "--tcp", "127.0.0.1:" + rollerPort, "--broker", brokerUrl,
                "--data-dir", data.toString(), "--stature-cm", "173", "--start-level", "T9"));
        cmd.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve(logName).toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ROLLER_"));
        Process p = pb.start();
        children.add(p);
        return p;
    }

    private static long count(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    private static long size(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private void await(String what, Process hub, Path log, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!check.ok()) {
            assertTrue(hub.isAlive(), "the hub exited while waiting for " + what + ":\n" + Files.readString(log));
            assertTrue(System.currentTimeMillis() < deadline, "no " + what + ":\n" + Files.readString(log));
            Thread.sleep(100);
        }
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static long occurrences(List<String> payloads, String sessionId) {
        return payloads.stream().filter(p -> p.contains("\"sessionId\":\"" + sessionId + "\"")).count();
    }

    @Test
    void killedAfterASessionEndedBeforeTheBrokerAcknowledged_theSummaryArrivesAfterRestart() throws Exception {
        MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.PERSISTENT);
        closers.add(broker);
        broker.stop();
        Path data = tmp.resolve("data");
        int rollerPort = roller(sample());
        // The broker is down: the hub makes the summary, keeps it in its outbox, gets no PUBACK.
        Process first = hub(broker.url(), rollerPort, data, "hub1.log");
        Path pending = data.resolve("outbox").resolve("pending");
        await("summary in the outbox", first, tmp.resolve("hub1.log"), () -> count(pending, ".json") >= 1);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL
        List<String> sessionIds = new ArrayList<>();
        try (Stream<Path> s = Files.list(pending)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.toString().endsWith(".json")) {
                    sessionIds.add(MAPPER.readTree(Files.readString(p)).get("sessionId").asText());
                }
            }
        }
        assertFalse(sessionIds.isEmpty());

        broker.restart();
        MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-hubkill", "roller/+/session");
        closers.add(consumer);
        // The restarted hub's only summaries are backlog; --exit-after-sessions counts them.
        Process second = hub(broker.url(), rollerPort, data, "hub2.log", "--exit-after-sessions", String.valueOf(sessionIds.size()));
        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the hub did not exit after delivering its backlog:\n"
                + Files.readString(tmp.resolve("hub2.log")));
        assertEquals(0, second.exitValue(), Files.readString(tmp.resolve("hub2.log")));
        assertEquals(0, count(pending, ".json"));
        List<String> got = consumer.awaitCount(sessionIds.size(), 30_000);
        for (String id : sessionIds) {
            assertEquals(1, occurrences(got, id), id + " in " + got + "\n" + Files.readString(tmp.resolve("hub2.log")));
        }
    }

    @Test
    void killedMidSession_theSessionIsRecoveredFromItsCaptureAtTheNextStart() throws Exception {
        byte[] all = sample();
        byte[] cut = Arrays.copyOf(all, all.length * 6 / 10); // mid-session (see SessionRecoveryTest)
        List<SessionReport> open = CaptureAnalysis.of(new ByteArrayInputStream(cut), RIDER, null).reports();
        String openId = open.get(open.size() - 1).sessionId();

        MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
        closers.add(broker);
        MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-midsession", "roller/+/session");
        closers.add(consumer);
        MqttRecorder availability = broker.record("roller/hub/+/availability");
        closers.add(availability);
        Path data = tmp.resolve("data");
        int rollerPort = roller(cut);
        Process first = hub(broker.url(), rollerPort, data, "hub1.log");
        Path captures = data.resolve("captures");
        // Everything the roller sent is in the capture (flushed each second); the session is still open.
        await("the capture on disk", first, tmp.resolve("hub1.log"), () -> size(captures, ".rlr") >= cut.length);
        assertEquals(0, occurrences(consumer.awaitCount(0, 0), openId));
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL mid-session

        // The broker tells the world the hub is gone (its last will).
        MqttRecorder.Message m;
        do {
            m = availability.next(t -> true, 30_000);
            assertNotNull(m, "no offline will");
        } while (!m.payload().equals("offline"));

        Process second = hub(broker.url(), rollerPort, data, "hub2.log");
        List<String> got = consumer.awaitContaining(openId, 60_000);
        assertEquals(1, occurrences(got, openId), got + "\n" + Files.readString(tmp.resolve("hub2.log")));
        JsonNode summary = MAPPER.readTree(got.stream().filter(p -> p.contains(openId)).findFirst().orElseThrow());
        assertTrue(summary.path("recovered").asBoolean(), summary.toString());
        assertEquals(open.get(open.size() - 1).summary().reps().size(), summary.path("totals").path("reps").asInt());
        assertTrue(second.isAlive());
    }
}
