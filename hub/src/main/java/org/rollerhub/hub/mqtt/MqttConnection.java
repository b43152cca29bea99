package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's one connection to its broker: connects, publishes {@code online} on the availability
 * topic (the last will says {@code offline}), and after a lost connection reconnects with a
 * backoff from {@value #RECONNECT_MIN_MS} ms doubling to {@value #RECONNECT_MAX_MS} ms. A fault
 * retrying will not mend (see {@link ConnectFailures}) fails the first connect; later, it is
 * retried every {@value #RECONNECT_MAX_MS} ms and logged once.
 *
 * <p>Threads: connecting, reconnecting and the {@link Listener} calls run on the publisher's
 * executor; {@link #isConnected()} and the publish methods may be called from any thread.
 */
final class MqttConnection {
    private static final Logger LOG = LoggerFactory.getLogger(MqttConnection.class);
    static final long RECONNECT_MIN_MS = 500;
    static final long RECONNECT_MAX_MS = 30_000;

    /** What the connection tells its owner, on the publisher's executor. */
    interface Listener {
        /** Connected (again), after {@code online} was published. */
        void connected();

        /** The connection was lost; a reconnect is scheduled unless closed. */
        void lost();

        /** A message arrived on a topic subscribed with {@link #subscribe}. */
        void messageArrived(String topic, String payload);
    }

    private final MqttSettings settings;
    private final Topics topics;
    private final ScheduledExecutorService exec;
    private final Listener listener;
    private IntSupplier backlog = () -> 0;
    private MqttConnectOptions options;
    private volatile MqttAsyncClient client;
    private volatile boolean connected;
    private volatile boolean closed;
    private long reconnectDelayMs = RECONNECT_MIN_MS;
    private String lastConnectProblem;

    MqttConnection(MqttSettings settings, Topics topics, ScheduledExecutorService exec, Listener listener) {
        this.settings = settings;
        this.topics = topics;
        this.exec = exec;
        this.listener = listener;
    }

    /**
     * Builds the connect options and the client; does not connect yet.
     *
     * @param backlog summaries waiting for delivery, for the log lines
     * @throws IOException for unusable TLS files or a broker URL Paho does not take
     */
    void open(IntSupplier backlog) throws IOException {
        this.backlog = backlog;
        options = ConnectOptions.of(settings, topics);
        try {
            client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("bad MQTT broker URL '" + settings.brokerUrl() + "' (expected tcp://host:port or "
                    + "ssl://host:port): " + e.getMessage(), e);
        }
        client.setCallback(new Callback());
    }

    /**
     * The first connect, on the executor. A broker merely unreachable is retried in the background.
     *
     * @throws IOException for a fault retrying will not mend, with a message that says which
     */
    void connectFirst() throws IOException {
        try {
            client.connect(options).waitForCompletion();
            onConnected();
        } catch (MqttException e) {
            IOException fatal = ConnectFailures.fatal(settings, e);
            if (fatal != null) {
                throw fatal;
            }
            LOG.warn("MQTT broker {} not reachable ({}); the hub keeps trying in the background",
                    settings.brokerUrl(), ConnectFailures.describe(e));
            lastConnectProblem = ConnectFailures.describe(e);
            scheduleReconnect();
        }
    }

    /** Whether connected to the broker right now. */
    boolean isConnected() {
        return connected;
    }

    /** Whether connected and not closing: publishing makes sense. */
    boolean isUsable() {
        return connected && !closed;
    }

    /** Publishes at QoS 1; a failure is logged at debug level only. */
    void publishQuietly(String topic, String payload, boolean retained) {
        try {
            client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
        } catch (MqttException e) {
            LOG.debug("Not published on {}: {}", topic, e.getMessage());
        }
    }

    /**
     * Publishes at QoS 1; {@code acknowledgement} (may be null) hears of its PUBACK or loss.
     *
     * @throws MqttException when not connected, or too many messages are in flight
     */
    void publish(String topic, String payload, boolean retained, IMqttActionListener acknowledgement)
            throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained, null, acknowledgement);
    }

    /** Subscribes at QoS 1; a failure is logged. */
    void subscribe(String topic) {
        try {
            client.subscribe(topic, 1);
        } catch (MqttException e) {
            LOG.warn("Could not subscribe to {}: {}", topic, e.getMessage());
        }
    }

    /** Stops reconnecting; call before {@link #disconnect()}. */
    void markClosed() {
        closed = true;
    }

    /** On the executor: publishes {@code offline}, disconnects and closes the client. */
    void disconnect() {
        MqttAsyncClient c = client;
        if (c == null) {
            return;
        }
        try {
            if (connected) {
                c.publish(topics.availability(), "offline".getBytes(StandardCharsets.UTF_8), 1, true)
                        .waitForCompletion(2000);
                c.disconnect(2000).waitForCompletion(3000);
            }
        } catch (MqttException e) {
            LOG.debug("MQTT disconnect: {}", e.getMessage());
        } finally {
            connected = false;
            closeClient(c);
        }
    }

    /** Closes the client at once, without {@code offline} (the last will says it). */
    void closeNow() {
        closed = true;
        if (client != null) {
            closeClient(client);
        }
    }

    private void reconnect() {
        if (closed || connected) {
            return;
        }
        try {
            client.connect(options).waitForCompletion();
            reconnectDelayMs = RECONNECT_MIN_MS;
            lastConnectProblem = null;
            onConnected();
        } catch (MqttException e) {
            IOException fatal = ConnectFailures.fatal(settings, e);
            String problem = fatal != null ? fatal.getMessage() : ConnectFailures.describe(e);
            if (fatal != null) {
                reconnectDelayMs = RECONNECT_MAX_MS; // retrying fast would not help
            }
            if (!problem.equals(lastConnectProblem)) {
                if (fatal != null) {
                    LOG.error("MQTT reconnect refused: {}; retrying every {} s", problem, RECONNECT_MAX_MS / 1000);
                } else {
                    LOG.warn("MQTT reconnect to {} failed: {}; retrying", settings.brokerUrl(), problem);
                }
                lastConnectProblem = problem;
            } else {
                LOG.debug("MQTT reconnect failed again: {}", problem);
            }
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (closed) {
            return;
        }
        long delay = reconnectDelayMs;
        reconnectDelayMs = Math.min(RECONNECT_MAX_MS, reconnectDelayMs * 2);
        exec.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    }

    private void onConnected() {
        connected = true;
        LOG.info("Connected to MQTT broker {} as {}; {} summaries to deliver", settings.brokerUrl(),
                settings.clientId(), backlog.getAsInt());
        publishQuietly(topics.availability(), "online", true);
        listener.connected();
    }

    private void onConnectionLost(Throwable cause) {
        connected = false;
        listener.lost();
        if (closed) {
            return;
        }
        LOG.warn("Lost the MQTT broker {} ({}); {} summaries wait in the outbox; reconnecting",
                settings.brokerUrl(), cause == null ? "no reason" : cause.getMessage(), backlog.getAsInt());
        reconnectDelayMs = RECONNECT_MIN_MS;
        scheduleReconnect();
    }

    private static void closeClient(MqttAsyncClient c) {
        try {
            c.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT client close: {}", e.getMessage());
        }
    }

    /** Paho's callbacks come on its own thread; the work moves to the publisher's executor. */
    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            connected = false;
            if (!exec.isShutdown()) {
                exec.execute(() -> onConnectionLost(cause));
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
            if (!exec.isShutdown()) {
                exec.execute(() -> listener.messageArrived(topic, payload));
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Summaries are tracked by their own acknowledgement listeners.
        }
    }
}
