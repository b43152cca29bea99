package org.rollerhub.hub.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A consumer with a persistent MQTT session (clean session off, QoS 1): the broker queues for it
 * while it is away, so a broker restart (with persistence) or a reconnect loses nothing. Records
 * every payload in arrival order; reconnects by itself.
 */
final class PersistentSubscriber implements AutoCloseable {
    private final MqttClient client;
    private final List<String> payloads = new ArrayList<>();

    PersistentSubscriber(String url, String clientId, String filter) throws MqttException {
        client = new MqttClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay(1000);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                synchronized (payloads) {
                    payloads.add(new String(message.getPayload(), StandardCharsets.UTF_8));
                    payloads.notifyAll();
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(o);
        client.subscribe(filter, 1);
    }

    /** Waits until at least {@code n} messages arrived (or {@code timeoutMs} passed); returns them all. */
    List<String> awaitCount(int n, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (payloads) {
            while (payloads.size() < n && System.currentTimeMillis() < deadline) {
                payloads.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return List.copyOf(payloads);
        }
    }

    /** Waits until a payload containing {@code marker} arrived; returns everything so far. */
    List<String> awaitContaining(String marker, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (payloads) {
            while (payloads.stream().noneMatch(p -> p.contains(marker)) && System.currentTimeMillis() < deadline) {
                payloads.wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return List.copyOf(payloads);
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close(true);
        } catch (MqttException ignored) {
            // test teardown
        }
    }
}
