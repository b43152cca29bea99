package org.rollerhub.hub.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/** The fixture itself: a real broker starts, carries a retained message, stops and comes back. */
class MosquittoBrokerTest {

    @Test
    void startsCarriesMessagesAndRestartsOnTheSamePort() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            assertTrue(broker.running());
            int port = broker.port();
            try (MqttRecorder rec = broker.record("fixture/#")) {
                MqttClient pub = new MqttClient(broker.url(), "fixture-pub", new MemoryPersistence());
                pub.connect();
                pub.publish("fixture/a", "hello".getBytes(StandardCharsets.UTF_8), 1, false);
                pub.disconnect();
                pub.close();
                MqttRecorder.Message m = rec.next(t -> t.equals("fixture/a"), 10_000);
                assertNotNull(m, broker.log());
                assertEquals("hello", m.payload());
            }
            broker.stop();
            assertFalse(broker.running());
            broker.restart();
            assertTrue(broker.running());
            assertEquals(port, broker.port());
        }
    }
}
