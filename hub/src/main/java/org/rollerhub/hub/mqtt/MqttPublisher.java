package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.hub.delivery.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to an MQTT 3.1.1 broker with the Eclipse Paho v3 client.
 *
 * <p>Topics ({@link Topics}), under the prefix {@code p} (default {@code roller}):
 * <ul>
 * <li>{@code p/<deviceId>/session}: each session summary, QoS 1, retained; first written to the
 *     durable {@link Outbox}, removed from it only when the broker acknowledged it (PUBACK);
 * <li>{@code p/<deviceId>/event}: live events, QoS 1, not retained; dropped (and counted) while
 *     the broker is unreachable, as they are stale by the time it comes back;
 * <li>{@code p/<deviceId>/status}: the roller's status JSON, QoS 1, retained; the latest one is
 *     re-sent after each reconnect;
 * <li>{@code p/<deviceId>/live}: the roller's live state, QoS 1, retained, as often as it changes;
 *     the latest one is re-sent after each reconnect;
 * <li>{@code p/hub/<hubId>/availability}: {@code online}/{@code offline}, retained, with an
 *     {@code offline} last will.
 * </ul>
 *
 * <p>Delivery: summaries in the outbox (including those a previous run left there) are published
 * oldest first, at most {@code drainPerSecond} per second on average, while connected
 * ({@link OutboxDrainer}). A lost connection is retried with a backoff from 0.5 s to 30 s
 * ({@link MqttConnection}). Faults retrying will not mend (wrong password, untrusted certificate)
 * make {@link #start()} throw.
 *
 * <p>Threads: the public methods are thread-safe. Connecting, draining and acknowledgements run
 * on one thread of this publisher's own ({@code mqtt-publisher}).
 */
public final class MqttPublisher implements Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);
    private static final long DRAIN_TICK_MS = 100;

    private final MqttSettings settings;
    private final Topics topics;
    private final ScheduledExecutorService exec;
    private final MqttConnection connection;
    private final StatusReplay statuses;
    private final DiscoveryAnnouncer discovery; // null when Home Assistant discovery is off
    private final AtomicLong droppedEvents = new AtomicLong();
    private final Outbox givenOutbox; // null: opened from the settings at start
    private volatile OutboxDrainer drainer;
    private volatile boolean closed;
    /** Cue commands: device id and payload; null while nobody listens. */
    private volatile BiConsumer<String, String> cueCommands;

    /**
     * A publisher that opens its own outbox in {@code settings.outboxDir()} when started.
     *
     * @param settings broker, topics, outbox and TLS settings
     */
    public MqttPublisher(MqttSettings settings) {
        this(settings, null);
    }

    /**
     * A publisher that drains {@code outbox}, which the caller opened (and owns: recovery and the
     * status topic read it too).
     *
     * @param outbox the outbox to drain; null to open one from the settings at start
     */
    public MqttPublisher(MqttSettings settings, Outbox outbox) {
        this.settings = settings;
        this.givenOutbox = outbox;
        this.topics = Topics.of(settings.topicPrefix(), settings.hubId());
        this.exec = publisherThread();
        this.connection = new MqttConnection(settings, topics, exec, new ConnectionEvents());
        this.statuses = new StatusReplay(connection, topics);
        this.discovery = DiscoveryAnnouncer.of(settings, topics, connection, exec,
                () -> drainer == null ? Set.of() : drainer.deviceIds());
    }

    /**
     * Opens the outbox, connects, publishes {@code online} availability (with an {@code offline}
     * last will), and keeps reconnecting in the background if the broker goes away. A broker that
     * is merely unreachable now is retried in the background; this returns normally.
     *
     * @throws IOException for a fault retrying will not mend (wrong password, untrusted certificate,
     *     unreadable TLS files, unusable outbox folder), with a message that says which
     */
    public void start() throws IOException {
        Outbox outbox = givenOutbox;
        if (outbox == null) {
            Path dir = settings.outboxDir();
            if (dir == null) {
                dir = Files.createTempDirectory("roller-outbox");
                LOG.warn("No outbox folder configured: summaries are kept in {} and lost if this machine restarts", dir);
            }
            outbox = new Outbox(dir, settings.outboxMaxEntries());
        }
        OutboxDrainer d = new OutboxDrainer(outbox, connection, topics, settings.drainPerSecond(), exec);
        drainer = d;
        connection.open(d::pending);
        try {
            exec.submit(() -> {
                connection.connectFirst();
                return null;
            }).get();
        } catch (ExecutionException e) {
            closeQuietly();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("MQTT start failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + settings.brokerUrl(), e);
        }
        exec.scheduleWithFixedDelay(d::drainSafely, DRAIN_TICK_MS, DRAIN_TICK_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson) {
        OutboxDrainer d = drainer;
        if (d == null || closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("MQTT publisher not started or closed"));
        }
        noteDevice(deviceId);
        return d.submit(deviceId, sessionId, summaryJson);
    }

    @Override
    public void publishEvent(String deviceId, String eventJson) {
        noteDevice(deviceId);
        if (!connection.isConnected()) {
            droppedEvents.incrementAndGet();
            return;
        }
        try {
            connection.publish(topics.event(deviceId), eventJson, false, null);
        } catch (MqttException e) {
            // Not connected any more, or too many messages in flight: a live event is not worth a queue.
            if (droppedEvents.incrementAndGet() % 1000 == 1) {
                LOG.warn("Live event not published ({}); {} dropped so far", e.getMessage(), droppedEvents.get());
            }
        }
    }

    @Override
    public void publishStatus(String deviceId, String statusJson) {
        if (discovery != null) {
            discovery.noteStatus(deviceId, statusJson); // the firmware goes into the device config
        }
        statuses.publish(deviceId, statusJson);
    }

    @Override
    public void publishLive(String deviceId, String liveJson) {
        noteDevice(deviceId);
        statuses.publishRetained(topics.live(deviceId), liveJson);
    }

    /**
     * Listens on {@code <prefix>/+/cue/set} (subscribed on every connect from now on) and hands
     * each command, with the device id of its topic, to {@code handler} on the publisher's thread.
     */
    public void onCueCommands(BiConsumer<String, String> handler) {
        cueCommands = handler;
        if (connection.isConnected()) {
            exec.execute(() -> connection.subscribe(topics.cueSetFilter()));
        }
    }

    /** Publishes a cue command's result on {@code <prefix>/<deviceId>/cue/result} (QoS 1, not retained). */
    public void publishCueResult(String deviceId, String resultJson) {
        try {
            connection.publish(topics.cueResult(deviceId), resultJson, false, null);
        } catch (MqttException e) {
            LOG.warn("Cue command result for {} not published: {}", deviceId, e.getMessage());
        }
    }

    @Override
    public void publishRetained(String topic, String payload) {
        statuses.publishRetained(topic, payload);
    }

    /** Whether the publisher is connected to the broker right now. */
    public boolean isConnected() {
        return connection.isConnected();
    }

    /** Summaries waiting in the outbox for the broker's acknowledgement. */
    public int pendingSummaries() {
        OutboxDrainer d = drainer;
        return d == null ? 0 : d.pending();
    }

    /** Live events dropped because the broker was unreachable. */
    public long droppedEvents() {
        return droppedEvents.get();
    }

    /** The hub's availability topic, {@code <prefix>/hub/<hubId>/availability}. */
    public String availabilityTopic() {
        return topics.availability();
    }

    /**
     * Publishes {@code offline}, disconnects and stops. Summaries not yet acknowledged stay in the
     * outbox for the next start; their futures fail.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        connection.markClosed();
        try {
            exec.submit(connection::disconnect).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("MQTT disconnect did not finish cleanly: {}", e.toString());
        }
        exec.shutdownNow();
        OutboxDrainer d = drainer;
        if (d != null) {
            d.failWaiting();
        }
    }

    private void noteDevice(String deviceId) {
        if (discovery != null) {
            discovery.noteDevice(deviceId);
        }
    }

    private void closeQuietly() {
        closed = true;
        exec.shutdownNow();
        connection.closeNow();
    }

    private static ScheduledExecutorService publisherThread() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "mqtt-publisher");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        return e;
    }

    /** The connection's news, on the publisher thread: what each part does on connect and loss. */
    private final class ConnectionEvents implements MqttConnection.Listener {
        @Override
        public void connected() {
            if (cueCommands != null) {
                connection.subscribe(topics.cueSetFilter());
            }
            statuses.replay();
            if (discovery != null) {
                discovery.connected();
            }
            drainer.connected();
        }

        @Override
        public void lost() {
            OutboxDrainer d = drainer;
            if (d != null) {
                d.lost();
            }
        }

        @Override
        public void messageArrived(String topic, String payload) {
            BiConsumer<String, String> cues = cueCommands;
            String device = topics.cueSetDevice(topic);
            if (cues != null && device != null) {
                cues.accept(device, payload);
                return;
            }
            if (discovery != null && discovery.messageArrived(topic, payload)) {
                statuses.replay(); // Home Assistant restarted: the states after the configs
            }
        }
    }
}
