package org.rollerhub.hub.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.testing.LiveHubProcess;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;
import org.rollerhub.hub.testing.OneShotRoller;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;

/**
 * Two hubs on one data folder (a hand-started {@code run} beside the service): the second exits
 * at once, naming the folder and the first one's pid, and touches nothing; the first delivers its
 * session unchanged, once.
 */
class TwoHubsOneFolderTest {
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

    private LiveHubProcess hub(String brokerUrl, int rollerPort, Path data) throws Exception {
        LiveHubProcess p = LiveHubProcess.start(Map.of(), "run", "--tcp", "127.0.0.1:" + rollerPort, "--broker", brokerUrl,
                "--data-dir", data.toString(), "--stature-cm", "173", "--start-level", "T9");
        closers.add(p);
        return p;
    }

    @Test
    void theSecondHubExitsNamingTheFolderAndTheFirstDeliversItsSessionOnce() throws Exception {
        byte[] capture = Files.readAllBytes(Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples",
                "sample-109.rlr"));
        SessionReport expected = CaptureAnalysis.of(new ByteArrayInputStream(capture), RIDER, null).reports().get(0);
        MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER);
        closers.add(broker);
        MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-two-hubs", "roller/+/session");
        closers.add(consumer);
        OneShotRoller roller = new OneShotRoller(capture);
        closers.add(roller);
        OneShotRoller another = new OneShotRoller(capture);
        closers.add(another);
        Path data = tmp.resolve("data");

        LiveHubProcess first = hub(broker.url(), roller.port(), data);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(data.resolve("hub.lock")) || Files.size(data.resolve("hub.lock")) == 0) {
            assertTrue(System.currentTimeMillis() < deadline && first.isAlive(), first.describe());
            Thread.sleep(50);
        }

        LiveHubProcess second = hub(broker.url(), another.port(), data);
        int code = second.waitFor(15);
        assertNotEquals(0, code, second.describe());
        String err = String.join("\n", second.stderr());
        assertTrue(err.contains(data.toString()), err);
        assertTrue(err.contains("pid " + first.pid()), err);
        assertTrue(first.isAlive(), first.describe());

        List<String> got = consumer.awaitContaining(expected.sessionId(), 60_000);
        Thread.sleep(1500); // a second copy would come right behind the first
        got = consumer.awaitCount(0, 0);
        assertEquals(1, got.size(), got.toString());
        var summary = new ObjectMapper().readTree(got.get(0));
        assertEquals(expected.sessionId(), summary.path("sessionId").asText());
        assertEquals(expected.summary().reps().size(), summary.path("totals").path("reps").asInt());
        assertTrue(!summary.has("recovered"), "the first hub's own summary, not a recovery: " + summary);
    }
}
