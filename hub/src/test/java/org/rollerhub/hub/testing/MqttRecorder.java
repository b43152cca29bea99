package org.rollerhub.hub.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A test subscriber: a real Paho client that records every message on a topic filter, in the
 * order the broker delivered them; with a clean session ({@link #subscribe}) or a persistent one
 * ({@link #persistent}). Thread-safe; close it when done.
 */
public final class MqttRecorder implements AutoCloseable {

    /** One delivered message. */
    public record Message(String topic, String payload, int qos, boolean retained) {
    }

    private final MqttClient client;
    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final List<Message> all = new ArrayList<>();

    private MqttRecorder(MqttClient client) {
        this.client = client;
    }

    /** Connects to {@code brokerUrl} with a clean session and subscribes to {@code topicFilter} at QoS 1. */
    public static MqttRecorder subscribe(String brokerUrl, String topicFilter) throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        return connect(brokerUrl, "test-recorder-" + System.nanoTime(), options, topicFilter);
    }

    /**
     * A consumer with a persistent session (clean session off, QoS 1) under {@code clientId}: the
     * broker queues for it while it is away, so a broker restart (with persistence) or a reconnect
     * loses nothing. Reconnects by itself.
     */
    public static MqttRecorder persistent(String brokerUrl, String clientId, String topicFilter) throws MqttException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(1000);
        return connect(brokerUrl, clientId, options, topicFilter);
    }

    private static MqttRecorder connect(String brokerUrl, String clientId, MqttConnectOptions options,
            String topicFilter) throws MqttException {
        MqttClient client = new MqttClient(brokerUrl, clientId, new MemoryPersistence());
        MqttRecorder recorder = new MqttRecorder(client);
        // A callback, not a per-subscription listener: a persistent session's queued messages may
        // arrive right after connecting, before the subscribe call returns.
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage msg) {
                recorder.arrived(new Message(topic, new String(msg.getPayload(), StandardCharsets.UTF_8),
                        msg.getQos(), msg.isRetained()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(options);
        client.subscribe(topicFilter, 1);
        return recorder;
    }

    private void arrived(Message m) {
        synchronized (all) {
            all.add(m);
            all.notifyAll();
        }
        queue.add(m);
    }

    /**
     * The next message, in delivery order, retained ones included, whose topic matches
     * {@code topicTest}; messages skipped on the way stay in {@link #all()}. Returns null when
     * none comes within {@code timeoutMs}.
     */
    public Message next(Predicate<String> topicTest, long timeoutMs) throws InterruptedException {
        return next(m -> topicTest.test(m.topic()), timeoutMs, true);
    }

    /**
     * Like {@link #next(Predicate, long)}, but only messages published while subscribed: not the
     * retained ones the broker replays on subscribing (left over from an earlier test, say).
     */
    public Message nextLive(Predicate<String> topicTest, long timeoutMs) throws InterruptedException {
        return next(m -> topicTest.test(m.topic()), timeoutMs, false);
    }

    /** The next message, retained or not, that {@code test} accepts; null after {@code timeoutMs}. */
    public Message next(Predicate<Message> test, long timeoutMs, boolean includeRetained) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            Message m = queue.poll(left, TimeUnit.MILLISECONDS);
            if (m == null) {
                return null;
            }
            if ((includeRetained || !m.retained()) && test.test(m)) {
                return m;
            }
        }
    }

    /**
     * The first message delivered so far or within {@code timeoutMs} that {@code test} accepts,
     * looking through {@link #all()} (unlike {@code next}, which consumes the queue as it goes);
     * null if none.
     */
    public Message find(Predicate<Message> test, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (all) {
            while (true) {
                for (Message m : all) {
                    if (test.test(m)) {
                        return m;
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return null;
                }
                all.wait(left);
            }
        }
    }

    /** Waits until at least {@code n} messages arrived (or {@code timeoutMs} passed); returns all payloads so far. */
    public List<String> awaitCount(int n, long timeoutMs) throws InterruptedException {
        return awaitPayloads(p -> p.size() >= n, timeoutMs);
    }

    /** Waits until a payload containing {@code marker} arrived (or {@code timeoutMs} passed); returns all payloads so far. */
    public List<String> awaitContaining(String marker, long timeoutMs) throws InterruptedException {
        return awaitPayloads(p -> p.stream().anyMatch(x -> x.contains(marker)), timeoutMs);
    }

    private List<String> awaitPayloads(Predicate<List<String>> done, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (all) {
            while (true) {
                List<String> payloads = all.stream().map(Message::payload).toList();
                long left = deadline - System.currentTimeMillis();
                if (done.test(payloads) || left <= 0) {
                    return payloads;
                }
                all.wait(left);
            }
        }
    }

    /** Every message delivered so far, in order, retained ones included. */
    public List<Message> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    /** The messages published while subscribed (not replayed retained ones), in order. */
    public List<Message> live() {
        synchronized (all) {
            return all.stream().filter(m -> !m.retained()).toList();
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(2000);
            }
            client.close(true);
        } catch (MqttException ignored) {
            // closing a test client: nothing to mend
        }
    }
}
