package org.rollerhub.hub.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;

/**
 * Issue 6 against a real mosquitto with persistence: the broker killed mid-session, a backlog of
 * 1,000 summaries after an outage. The consumer has a persistent session, so whatever the broker
 * accepted reaches it; what is checked is that the hub hands over every summary, once, in order.
 */
class DeliveryTest {
    private static final String DEV = "feedfacecafe0001";

    @TempDir
    Path tmp;

    private static String summary(String sessionId, int n) {
        return "{\"schema\":\"roller.session/1\",\"sessionId\":\"" + sessionId + "\",\"deviceId\":\"" + DEV
                + "\",\"n\":" + n + "}";
    }

    private static Map<String, Long> countBySession(List<String> payloads) {
        return payloads.stream().collect(Collectors.groupingBy(
                p -> p.replaceAll(".*\"sessionId\":\"([^\"]+)\".*", "$1"), Collectors.counting()));
    }

    @Test
    void brokerKilledMidSessionThenRestarted_summaryArrivesOnce() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.PERSISTENT)) {
            try (MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-kill",
                    "roller/+/session")) {
                broker.awaitAutosave(); // the consumer's subscription is on disk before the kill
                MqttPublisher pub = new MqttPublisher(TestSettings.plain(broker.url(), tmp.resolve("outbox")));
                pub.start();
                pub.publishEvent(DEV, "{\"event\":\"session-started\"}"); // the session is running
                pub.publishSession(DEV, DEV + "-before", summary(DEV + "-before", 0)).get(10, TimeUnit.SECONDS);

                broker.kill(); // SIGKILL mid-session
                CompletableFuture<Void> acked = pub.publishSession(DEV, DEV + "-mid", summary(DEV + "-mid", 1));
                assertFalse(acked.isDone());
                broker.restart(); // same port, database from the last autosave
                acked.get(60, TimeUnit.SECONDS);
                pub.publishSession(DEV, DEV + "-after", summary(DEV + "-after", 2)).get(30, TimeUnit.SECONDS);

                List<String> got = consumer.awaitContaining(DEV + "-after", 60_000);
                Map<String, Long> counts = countBySession(got);
                assertEquals(1L, counts.get(DEV + "-mid"), got + "\n" + broker.log());
                assertEquals(1L, counts.get(DEV + "-after"), got.toString());
                assertEquals(0, pub.pendingSummaries());
                pub.close();
            }
        }
    }

    @Test
    void backlogOfAThousandDrainsAfterAnOutage_noneLostOldestFirst() throws Exception {
        int n = 1000;
        int perSecond = 250;
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.PERSISTENT)) {
            try (MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-backlog",
                    "roller/+/session")) {
                broker.awaitAutosave();
                MqttPublisher pub = new MqttPublisher(
                        TestSettings.withDrain(broker.url(), tmp.resolve("outbox"), 5000, perSecond));
                pub.start();
                broker.stop(); // outage
                List<CompletableFuture<Void>> acks = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String id = String.format("%s-b%04d", DEV, i);
                    acks.add(pub.publishSession(DEV, id, summary(id, i)));
                }
                assertEquals(n, pub.pendingSummaries());
                broker.restart();
                long t0 = System.nanoTime();
                CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
                double drainS = (System.nanoTime() - t0) / 1e9;
                List<String> got = consumer.awaitCount(n, 60_000);
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    expected.add(summary(String.format("%s-b%04d", DEV, i), i));
                }
                // Every summary, each once, oldest first.
                assertEquals(expected, got);
                assertEquals(0, pub.pendingSummaries());
                System.out.printf("backlog of %d drained in %.1f s after reconnect (limit %d/s)%n", n, drainS, perSecond);
                pub.close();
            }
        }
    }

    @Test
    void summariesLeftInTheOutboxByAnEarlierRunAreDeliveredAtTheNextStart() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(MosquittoBroker.AS_TEST_USER)) {
            Path outbox = tmp.resolve("outbox");
            // The first run never reaches its broker (wrong port), then goes away.
            MqttPublisher first = new MqttPublisher(TestSettings.plain("tcp://127.0.0.1:" + MosquittoBroker.freePort(),
                    outbox));
            first.start();
            first.publishSession(DEV, DEV + "-r1", summary(DEV + "-r1", 1));
            first.publishSession(DEV, DEV + "-r2", summary(DEV + "-r2", 2));
            first.close();
            try (MqttRecorder consumer = MqttRecorder.persistent(broker.url(), "consumer-restart",
                    "roller/+/session")) {
                MqttPublisher second = new MqttPublisher(TestSettings.plain(broker.url(), outbox));
                second.start();
                List<String> got = consumer.awaitCount(2, 30_000);
                assertEquals(List.of(summary(DEV + "-r1", 1), summary(DEV + "-r2", 2)), got);
                // Republishing the same id with other content changes nothing: the first stays.
                second.publishSession(DEV, DEV + "-r1", summary(DEV + "-r1", 99)).get(5, TimeUnit.SECONDS);
                second.publishSession(DEV, DEV + "-r3", summary(DEV + "-r3", 3)).get(30, TimeUnit.SECONDS);
                got = consumer.awaitCount(3, 30_000);
                assertEquals(summary(DEV + "-r3", 3), got.get(2));
                assertEquals(3, got.size(), got.toString());
                second.close();
            }
        }
    }

}
