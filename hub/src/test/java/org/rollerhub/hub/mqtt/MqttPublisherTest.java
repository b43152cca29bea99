package org.rollerhub.hub.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.MosquittoBroker;
import org.rollerhub.hub.testing.MqttRecorder;

/** The publisher against a real mosquitto: topics, QoS, retained flags, availability. */
class MqttPublisherTest {
    private static final String DEVICE = "00112233aabbccdd";

    @TempDir
    Path tmp;

    @Test
    void publishesSummariesEventsStatusAndAvailabilityOnTheirTopics() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start();
                MqttRecorder rec = broker.record("roller/#")) {
            MqttPublisher pub = new MqttPublisher(TestSettings.plain(broker.url(), tmp.resolve("outbox")));
            pub.start();
            assertTrue(pub.isConnected());

            MqttRecorder.Message online = rec.next(t -> t.equals("roller/hub/testhub/availability"), 10_000);
            assertNotNull(online, broker.log());
            assertEquals("online", online.payload());

            pub.publishStatus(DEVICE, "{\"deviceId\":\"" + DEVICE + "\",\"connected\":true}");
            MqttRecorder.Message status = rec.next(t -> t.equals("roller/" + DEVICE + "/status"), 10_000);
            assertNotNull(status);
            assertEquals("{\"deviceId\":\"" + DEVICE + "\",\"connected\":true}", status.payload());

            pub.publishEvent(DEVICE, "{\"event\":\"rep-started\"}");
            MqttRecorder.Message event = rec.next(t -> t.equals("roller/" + DEVICE + "/event"), 10_000);
            assertNotNull(event);
            assertEquals("{\"event\":\"rep-started\"}", event.payload());
            assertEquals(1, event.qos());
            assertFalse(event.retained());

            String summary = "{\"schema\":\"roller.session/1\",\"sessionId\":\"" + DEVICE + "-s1\"}";
            CompletableFuture<Void> acked = pub.publishSession(DEVICE, DEVICE + "-s1", summary);
            acked.get(10, TimeUnit.SECONDS); // completes on the broker's PUBACK
            assertEquals(0, pub.pendingSummaries());
            MqttRecorder.Message session = rec.next(t -> t.equals("roller/" + DEVICE + "/session"), 10_000);
            assertNotNull(session);
            assertEquals(summary, session.payload());
            assertEquals(1, session.qos());

            pub.close();
            MqttRecorder.Message offline = rec.next(t -> t.equals("roller/hub/testhub/availability"), 10_000);
            assertNotNull(offline);
            assertEquals("offline", offline.payload());
        }
    }

    @Test
    void retainedTopicsGreetLateSubscribers() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            MqttPublisher pub = new MqttPublisher(TestSettings.plain(broker.url(), tmp.resolve("outbox")));
            pub.start();
            String summary = "{\"sessionId\":\"" + DEVICE + "-late\"}";
            pub.publishSession(DEVICE, DEVICE + "-late", summary).get(10, TimeUnit.SECONDS);
            pub.publishStatus(DEVICE, "{\"connected\":true}");
            try (MqttRecorder rec = broker.record("roller/#")) {
                MqttRecorder.Message s = rec.next(m -> m.topic().endsWith("/session"), 10_000, true);
                assertNotNull(s);
                assertTrue(s.retained());
                assertEquals(summary, s.payload());
                MqttRecorder.Message st = rec.next(m -> m.topic().endsWith("/status"), 10_000, true);
                assertNotNull(st, rec.all().toString());
                assertTrue(st.retained());
                assertEquals("{\"connected\":true}", st.payload());
                MqttRecorder.Message a = rec.all().stream().filter(m -> m.topic().endsWith("/availability"))
                        .findFirst().orElse(null);
                assertNotNull(a, rec.all().toString());
                assertTrue(a.retained());
                assertEquals("online", a.payload());
            }
            pub.close();
        }
    }

    @Test
    void aBrokerDownAtStartIsRetriedAndTheSummaryDeliveredWhenItComes() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            broker.stop();
            MqttPublisher pub = new MqttPublisher(TestSettings.plain(broker.url(), tmp.resolve("outbox")));
            pub.start(); // unreachable is not fatal
            assertFalse(pub.isConnected());
            CompletableFuture<Void> acked = pub.publishSession(DEVICE, DEVICE + "-early", "{\"n\":1}");
            assertFalse(acked.isDone());
            assertEquals(1, pub.pendingSummaries());
            broker.restart();
            try (MqttRecorder rec = broker.record("roller/+/session")) {
                acked.get(60, TimeUnit.SECONDS);
                MqttRecorder.Message s = rec.next(t -> true, 10_000);
                assertNotNull(s, broker.log());
                assertEquals("{\"n\":1}", s.payload());
            }
            pub.close();
        }
    }
}
