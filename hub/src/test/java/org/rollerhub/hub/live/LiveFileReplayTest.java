package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.hub.testing.HubProcess;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.pipeline.testing.SummarySchema;

/**
 * {@code run --file}: the shared samples (made by an independent simulator) played through the
 * live hub, as a user replays a recording, to a real Mosquitto. The hub exits 0 by itself once the
 * files have played; each session's summary over MQTT is byte for byte what {@code analyze} makes
 * of the same file (a recording has no wall-clock times, so neither has them); nothing is recorded
 * again; at a replay speed the sessions take their recorded time divided by it.
 */
class LiveFileReplayTest {
    @RegisterExtension
    static final MosquittoBroker broker = MosquittoBroker.perClass();

    @TempDir
    Path dataDir;

    private static Path sample(String name) {
        return SummarySchema.sharedDir().resolve("samples").resolve(name);
    }

    private static List<String> analyzed(Path file, AnalyticsSettings settings) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return CaptureAnalysis.of(in, settings, null).reports().stream().map(SessionReport::json).toList();
        }
    }

    private static List<String> summaries(MqttRecorder rec) {
        return rec.live().stream().filter(m -> m.topic().endsWith("/session")).map(MqttRecorder.Message::payload).toList();
    }

    /** The summaries delivered once there are {@code n} (the hub exits once the broker has them; delivery may lag). */
    private static List<String> awaitSummaries(MqttRecorder rec, int n, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (summaries(rec).size() < n && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return summaries(rec);
    }

    @Test
    void twoRecordingsAsFastAsTheyReadPublishWhatAnalyzeFindsAndExit() throws Exception {
        AnalyticsSettings user = new AnalyticsSettings(193.4, Level.parse("T10"));
        List<String> expected = new ArrayList<>(analyzed(sample("sample-113.rlr"), user));
        expected.addAll(analyzed(sample("sample-112.rlr"), user));
        assertEquals(3, expected.size(), "sample-113 holds two sessions, sample-112 one");
        try (MqttRecorder rec = broker.record("roller/#");
                LiveHubProcess hub = LiveHubProcess.start(Map.of(), "run",
                        "--file", sample("sample-113.rlr").toString(),
                        "--file", sample("sample-112.rlr").toString(),
                        "--replay-speed", "0",
                        "--broker", broker.url(),
                        "--stature-cm", "193.4",
                        "--start-level", "T10",
                        "--data-dir", dataDir.toString(),
                        "--print")) {
            assertEquals(0, hub.waitFor(120), "exits 0 once both files have played\n" + hub.describe());
            List<String> published = awaitSummaries(rec, 3, 10_000);
            assertEquals(expected.stream().sorted().toList(), published.stream().sorted().toList(),
                    "each summary is what analyze makes of its file");
            for (String json : published) {
                assertFalse(LiveAssertions.validSummary(json).has("startedAt"), "a recording has no wall time: " + json);
            }
            // the live events went out too: as many rep-ended as the summaries hold reps
            long repEnds = hub.stdout().stream().filter(l -> l.contains("\"event\":\"rep-ended\"")).count();
            long reps = published.stream().mapToLong(j -> SummaryEvents.parse(j).get("totals").get("reps").asLong()).sum();
            assertEquals(reps, repEnds, hub.describe());
        }
        Path captures = dataDir.resolve("captures");
        if (Files.exists(captures)) {
            try (Stream<Path> s = Files.list(captures)) {
                assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".rlr")).toList(), "a replay is not recorded again");
            }
        }
    }

    @Test
    void atAReplaySpeedASessionTakesItsRecordedTimeDividedByIt() throws Exception {
        double speed = 15;
        AnalyticsSettings user = new AnalyticsSettings(183.3, Level.parse("T9"));
        List<String> expected = analyzed(sample("sample-112.rlr"), user);
        assertEquals(1, expected.size());
        double durationS = SummaryEvents.parse(expected.get(0)).get("durationS").asDouble();
        try (MqttRecorder rec = broker.record("roller/#");
                LiveHubProcess hub = LiveHubProcess.start(Map.of(), "run",
                        "--file", sample("sample-112.rlr").toString(),
                        "--replay-speed", Double.toString(speed),
                        "--broker", broker.url(),
                        "--stature-cm", "183.3",
                        "--start-level", "T9",
                        "--data-dir", dataDir.toString(),
                        "--print")) {
            assertEquals(0, hub.waitFor(120), hub.describe());
            long started = hub.stdoutArrivalNanos("\"event\":\"session-started\"");
            long ended = hub.stdoutArrivalNanos("\"event\":\"session-ended\"");
            assertNotEquals(Long.MIN_VALUE, started, hub.describe());
            assertNotEquals(Long.MIN_VALUE, ended, hub.describe());
            // A lower bound only (the pacer never runs ahead; a slow machine only adds): the start
            // is confirmed 1 s after it and the end 5 s after it, and a 4 KiB read holds about
            // 0.3 s of this capture, hence the margin. As fast as it reads, this takes 0.1 s.
            double playedS = (ended - started) / 1e9;
            assertTrue(playedS >= (durationS - 4) / speed, "session of " + durationS + " s played in " + playedS + " s at " + speed + "x");
            assertEquals(expected, awaitSummaries(rec, 1, 10_000), "the paced replay gives the same summary");
        }
    }

    @Test
    void aMissingOrUnreadableCaptureIsNamedBeforeAnythingStarts() throws Exception {
        Path missing = dataDir.resolve("nope.rlr");
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "run", "--file", missing.toString(), "--broker", broker.url(),
                "--data-dir", dataDir.toString());
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--file") && r.stderr().contains("no such capture file: " + missing), r.stderr());
        HubProcess.Result dir = HubProcess.run(Map.of(), 60, "run", "--file", dataDir.toString(), "--broker", broker.url(),
                "--data-dir", dataDir.toString());
        assertEquals(2, dir.exitCode(), dir.stderr());
        assertTrue(dir.stderr().contains("not a readable file"), dir.stderr());
        HubProcess.Result speed = HubProcess.run(Map.of(), 60, "run", "--file", sample("sample-112.rlr").toString(),
                "--replay-speed", "-1", "--broker", broker.url(), "--data-dir", dataDir.toString());
        assertEquals(2, speed.exitCode(), speed.stderr());
        assertTrue(speed.stderr().contains("--replay-speed"), speed.stderr());
    }
}
