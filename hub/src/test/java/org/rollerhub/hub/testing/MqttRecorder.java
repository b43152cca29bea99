package org.rollerhub.hub.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A test subscriber: a real Paho client that records every message on a topic filter, in the
 * order the broker delivered them. Thread-safe; close it when done.
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

    /** Connects to {@code brokerUrl} and subscribes to {@code topicFilter} at QoS 1. */
    public static MqttRecorder subscribe(String brokerUrl, String topicFilter) throws MqttException {
        MqttClient client = new MqttClient(brokerUrl, "test-recorder-" + System.nanoTime(), new MemoryPersistence());
        MqttRecorder recorder = new MqttRecorder(client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        client.connect(options);
        client.subscribe(topicFilter, 1, (topic, msg) -> {
            Message m = new Message(topic, new String(msg.getPayload(), StandardCharsets.UTF_8), msg.getQos(),
                    msg.isRetained());
            synchronized (recorder.all) {
                recorder.all.add(m);
                recorder.all.notifyAll();
            }
            recorder.queue.add(m);
        });
        return recorder;
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
            client.close();
        } catch (MqttException ignored) {
            // closing a test client: nothing to mend
        }
    }
}
