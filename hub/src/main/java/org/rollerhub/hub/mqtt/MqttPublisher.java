package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.mqtt.homeassistant.HomeAssistantDiscovery;
import org.rollerhub.hub.delivery.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to an MQTT 3.1.1 broker with the Eclipse Paho v3 client.
 *
 * <p>Topics, under the prefix {@code p} (default {@code roller}):
 * <ul>
 * <li>{@code p/<deviceId>/session}: each session summary, QoS 1, retained; first written to the
 *     durable {@link Outbox}, removed from it only when the broker acknowledged it (PUBACK);
 * <li>{@code p/<deviceId>/event}: live events, QoS 1, not retained; dropped (and counted) while
 *     the broker is unreachable, as they are stale by the time it comes back;
 * <li>{@code p/<deviceId>/status}: the roller's status JSON, QoS 1, retained; the latest one is
 *     re-sent after each reconnect;
 * <li>{@code p/hub/<hubId>/availability}: {@code online}/{@code offline}, retained, with an
 *     {@code offline} last will.
 * </ul>
 *
 * <p>Delivery: summaries in the outbox (including those a previous run left there) are published
 * oldest first, at most {@code drainPerSecond} per second on average, while connected. A lost
 * connection is retried with a backoff from 0.5 s to 30 s. Faults retrying will not mend (wrong
 * password, untrusted certificate) make {@link #start()} throw.
 *
 * <p>Threads: the public methods are thread-safe. Connecting, draining and acknowledgements run
 * on one thread of this publisher's own ({@code mqtt-publisher}).
 */
public final class MqttPublisher implements Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(MqttPublisher.class);
    private static final long DRAIN_TICK_MS = 100;
    private static final long RECONNECT_MIN_MS = 500;
    private static final long RECONNECT_MAX_MS = 30_000;
    private static final int CONNECT_TIMEOUT_S = 10;
    private static final int KEEP_ALIVE_S = 30;
    private static final int MAX_INFLIGHT = 1000;

    private final MqttSettings settings;
    private final String prefix; // topic prefix, "roller" unless set
    private final String availabilityTopic;
    private final HomeAssistantDiscovery discovery;
    private final ScheduledExecutorService exec;
    private final Map<String, String> lastStatus = new ConcurrentHashMap<>();
    private final Map<String, String> lastRetained = new ConcurrentHashMap<>(); // topic -> payload, replayed on reconnect
    private final Set<String> devices = ConcurrentHashMap.newKeySet();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final AtomicLong droppedEvents = new AtomicLong();

    private volatile Outbox outbox;
    private volatile MqttAsyncClient client;
    private volatile boolean connected;
    private volatile boolean closed;
    private MqttConnectOptions options;
    private long reconnectDelayMs = RECONNECT_MIN_MS;
    private String lastConnectProblem;
    private int generation; // connections made so far; tells stale acknowledgements apart
    private double drainTokens;
    private long lastRefillNanos;

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
        this.outbox = outbox;
        this.prefix = settings.topicPrefix() == null || settings.topicPrefix().isBlank() ? "roller" : settings.topicPrefix();
        this.availabilityTopic = prefix + "/hub/" + settings.hubId() + "/availability";
        this.discovery = settings.homeAssistantDiscovery()
                ? new HomeAssistantDiscovery(settings.discoveryPrefix() == null ? "homeassistant" : settings.discoveryPrefix(),
                        prefix, availabilityTopic, hubVersion())
                : null;
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "mqtt-publisher");
            t.setDaemon(true);
            return t;
        });
        e.setRemoveOnCancelPolicy(true);
        this.exec = e;
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
        if (outbox == null) {
            Path dir = settings.outboxDir();
            if (dir == null) {
                dir = Files.createTempDirectory("roller-outbox");
                LOG.warn("No outbox folder configured: summaries are kept in {} and lost if this machine restarts", dir);
            }
            outbox = new Outbox(dir, settings.outboxMaxEntries());
        }
        options = connectOptions();
        try {
            client = new MqttAsyncClient(settings.brokerUrl(), settings.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IOException("bad MQTT broker URL '" + settings.brokerUrl() + "' (expected tcp://host:port or "
                    + "ssl://host:port): " + e.getMessage(), e);
        }
        client.setCallback(new Callback());
        try {
            exec.submit(() -> {
                firstConnect();
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
        exec.scheduleWithFixedDelay(this::drainSafely, DRAIN_TICK_MS, DRAIN_TICK_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson) {
        Outbox box = outbox;
        if (box == null || closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("MQTT publisher not started or closed"));
        }
        noteDevice(deviceId);
        CompletableFuture<Void> f = waiting.computeIfAbsent(sessionId, k -> new CompletableFuture<>());
        Outbox.AddResult result;
        try {
            result = box.add(deviceId, sessionId, summaryJson);
        } catch (IOException e) {
            LOG.error("Could not store the summary of session {} in the outbox: {}", sessionId, e.getMessage());
            waiting.remove(sessionId, f);
            f.completeExceptionally(e);
            return f;
        }
        if (result == Outbox.AddResult.ADDED) {
            exec.execute(this::drainSafely);
        } else if (!box.isPending(sessionId)) {
            // Delivered before (this is a repeat): nothing more will happen for this id.
            waiting.remove(sessionId, f);
            f.complete(null);
        }
        return f;
    }

    @Override
    public void publishEvent(String deviceId, String eventJson) {
        noteDevice(deviceId);
        if (!connected) {
            droppedEvents.incrementAndGet();
            return;
        }
        try {
            client.publish(topic(deviceId, "event"), eventJson.getBytes(StandardCharsets.UTF_8), 1, false);
        } catch (MqttException e) {
            // Not connected any more, or too many messages in flight: a live event is not worth a queue.
            if (droppedEvents.incrementAndGet() % 1000 == 1) {
                LOG.warn("Live event not published ({}); {} dropped so far", e.getMessage(), droppedEvents.get());
            }
        }
    }

    @Override
    public void publishStatus(String deviceId, String statusJson) {
        noteDevice(deviceId);
        lastStatus.put(deviceId, statusJson);
        if (connected) {
            publishQuietly(topic(deviceId, "status"), statusJson, true);
        }
    }

    /** Whether the publisher is connected to the broker right now. */
    public boolean isConnected() {
        return connected;
    }

    /** Summaries waiting in the outbox for the broker's acknowledgement. */
    public int pendingSummaries() {
        Outbox box = outbox;
        return box == null ? 0 : box.pendingCount();
    }

    /** Live events dropped because the broker was unreachable. */
    public long droppedEvents() {
        return droppedEvents.get();
    }

    /** The hub's availability topic, {@code <prefix>/hub/<hubId>/availability}. */
    public String availabilityTopic() {
        return availabilityTopic;
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
        try {
            exec.submit(this::disconnect).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("MQTT disconnect did not finish cleanly: {}", e.toString());
        }
        exec.shutdownNow();
        for (CompletableFuture<Void> f : waiting.values()) {
            f.completeExceptionally(new IllegalStateException(
                    "MQTT publisher closed before the broker acknowledged; the summary stays in the outbox"));
        }
        waiting.clear();
    }

    // ---- on the publisher thread -------------------------------------------------------------

    private void firstConnect() throws IOException {
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
        generation++;
        inFlight.clear();
        connected = true;
        LOG.info("Connected to MQTT broker {} as {}; {} summaries to deliver", settings.brokerUrl(),
                settings.clientId(), outbox.pendingCount());
        publishQuietly(availabilityTopic, "online", true);
        lastStatus.forEach((device, json) -> publishQuietly(topic(device, "status"), json, true));
        lastRetained.forEach((topic, payload) -> publishQuietly(topic, payload, true));
        if (discovery != null) {
            try {
                client.subscribe(discovery.birthTopic(), 1);
            } catch (MqttException e) {
                LOG.warn("Could not subscribe to {}: {}", discovery.birthTopic(), e.getMessage());
            }
            sendDiscoveryForAll();
        }
        lastRefillNanos = System.nanoTime();
        drainTokens = Math.max(drainTokens, 1);
        drainSafely();
    }

    private void onConnectionLost(Throwable cause) {
        connected = false;
        inFlight.clear();
        if (closed) {
            return;
        }
        LOG.warn("Lost the MQTT broker {} ({}); {} summaries wait in the outbox; reconnecting",
                settings.brokerUrl(), cause == null ? "no reason" : cause.getMessage(), outbox.pendingCount());
        reconnectDelayMs = RECONNECT_MIN_MS;
        scheduleReconnect();
    }

    private void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.error("Outbox drain failed", e);
        }
    }

    /** Publishes pending summaries oldest first, within the rate budget. */
    private void drain() {
        if (!connected || closed) {
            return;
        }
        int rate = Math.max(1, settings.drainPerSecond());
        long now = System.nanoTime();
        drainTokens = Math.min(rate, drainTokens + (now - lastRefillNanos) * rate / 1e9);
        lastRefillNanos = now;
        if (drainTokens < 1) {
            return;
        }
        List<Outbox.Entry> batch = outbox.oldest((int) drainTokens, inFlight::contains);
        int gen = generation;
        for (Outbox.Entry e : batch) {
            inFlight.add(e.sessionId());
            try {
                client.publish(topic(e.deviceId(), "session"), e.summaryJson().getBytes(StandardCharsets.UTF_8), 1,
                        true, null, new Acknowledgement(e.sessionId(), gen));
                drainTokens -= 1;
            } catch (MqttException ex) {
                inFlight.remove(e.sessionId());
                if (ex.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) {
                    LOG.debug("Summary {} not published yet: {}", e.sessionId(), ex.getMessage());
                }
                return; // try again on the next tick
            }
        }
    }

    private void acknowledged(String sessionId) {
        try {
            outbox.acknowledge(sessionId);
        } catch (IOException e) {
            // It stays pending on disk and is sent again after a restart: a duplicate, never a loss.
            LOG.error("Could not mark session {} as delivered in the outbox: {}", sessionId, e.getMessage());
        }
        inFlight.remove(sessionId);
        CompletableFuture<Void> f = waiting.remove(sessionId);
        if (f != null) {
            f.complete(null);
        }
    }

    private void sendDiscoveryForAll() {
        Set<String> all = new java.util.LinkedHashSet<>(outbox.deviceIds());
        all.addAll(devices);
        for (String device : all) {
            sendDiscovery(device);
        }
    }

    private void sendDiscovery(String deviceId) {
        if (discovery == null || !connected) {
            return;
        }
        for (HomeAssistantDiscovery.Message m : discovery.messagesFor(deviceId)) {
            publishQuietly(m.topic(), m.payload(), true);
        }
    }

    private void disconnect() {
        MqttAsyncClient c = client;
        if (c == null) {
            return;
        }
        try {
            if (connected) {
                c.publish(availabilityTopic, "offline".getBytes(StandardCharsets.UTF_8), 1, true)
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

    // ---- helpers --------------------------------------------------------------------------------

    private MqttConnectOptions connectOptions() throws IOException {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true); // the outbox, not the broker session, carries what must not be lost
        o.setAutomaticReconnect(false); // our own loop also covers a broker that is down at start
        o.setConnectionTimeout(CONNECT_TIMEOUT_S);
        o.setKeepAliveInterval(KEEP_ALIVE_S);
        o.setMaxInflight(MAX_INFLIGHT);
        o.setWill(availabilityTopic, "offline".getBytes(StandardCharsets.UTF_8), 1, true);
        if (settings.username() != null) {
            o.setUserName(settings.username());
        }
        if (settings.password() != null) {
            o.setPassword(settings.password().toCharArray());
        }
        if (settings.brokerUrl() != null && settings.brokerUrl().startsWith("ssl://")) {
            SSLSocketFactory factory = org.rollerhub.hub.mqtt.tls.PemTls.socketFactory(settings.caFile(),
                    settings.clientCertFile(), settings.clientKeyFile());
            o.setSocketFactory(factory);
        } else if (settings.caFile() != null || settings.clientCertFile() != null) {
            LOG.warn("TLS files are configured but the broker URL {} is not ssl://; they are not used",
                    settings.brokerUrl());
        }
        return o;
    }

    private void noteDevice(String deviceId) {
        if (devices.add(deviceId) && discovery != null && connected) {
            exec.execute(() -> sendDiscovery(deviceId));
        }
    }

    private void publishQuietly(String topic, String payload, boolean retained) {
        try {
            client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
        } catch (MqttException e) {
            LOG.debug("Not published on {}: {}", topic, e.getMessage());
        }
    }

    @Override
    public void publishRetained(String topic, String payload) {
        lastRetained.put(topic, payload);
        if (connected) {
            publishQuietly(topic, payload, true);
        }
    }

    private String topic(String deviceId, String leaf) {
        return prefix + "/" + deviceId + "/" + leaf;
    }

    private void closeQuietly() {
        closed = true;
        exec.shutdownNow();
        if (client != null) {
            closeClient(client);
        }
    }

    private static void closeClient(MqttAsyncClient c) {
        try {
            c.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT client close: {}", e.getMessage());
        }
    }

    private static String hubVersion() {
        String v = MqttPublisher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Paho's callbacks come on its own thread; the work moves to the publisher thread. */
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
            if (discovery != null && topic.equals(discovery.birthTopic())
                    && "online".equals(new String(message.getPayload(), StandardCharsets.UTF_8))) {
                LOG.info("Home Assistant announced itself online: re-sending discovery");
                exec.execute(MqttPublisher.this::sendDiscoveryForAll);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // Summaries are tracked by their Acknowledgement listeners.
        }
    }

    /** A summary's PUBACK (success) or its loss (failure: it stays pending and is sent again). */
    private final class Acknowledgement implements IMqttActionListener {
        private final String sessionId;
        private final int gen;

        Acknowledgement(String sessionId, int gen) {
            this.sessionId = sessionId;
            this.gen = gen;
        }

        @Override
        public void onSuccess(IMqttToken token) {
            if (!exec.isShutdown()) {
                exec.execute(() -> acknowledged(sessionId));
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            if (!exec.isShutdown()) {
                exec.execute(() -> {
                    if (gen == generation) {
                        inFlight.remove(sessionId);
                    }
                });
            }
        }
    }
}
