package org.rollerhub.hub.mqtt;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.rollerhub.hub.delivery.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the summaries in the durable {@link Outbox}: publishes them oldest first (QoS 1,
 * retained) at most {@code drainPerSecond} per second on average while connected, and removes
 * each from the outbox only on the broker's PUBACK, which also completes its future. A summary
 * whose publish is lost stays pending and is sent again.
 *
 * <p>Threads: {@link #submit} may be called from any thread; the rest runs on the publisher's
 * executor.
 */
final class OutboxDrainer {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDrainer.class);

    private final Outbox outbox;
    private final MqttConnection connection;
    private final Topics topics;
    private final int ratePerSecond;
    private final ExecutorService exec;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private int generation; // connections made so far; tells stale acknowledgements apart
    private double tokens;
    private long lastRefillNanos;

    /**
     * @param drainPerSecond most summaries published per second on average (at least 1 is used)
     * @param exec the publisher's executor, where acknowledgements are handled
     */
    OutboxDrainer(Outbox outbox, MqttConnection connection, Topics topics, int drainPerSecond, ExecutorService exec) {
        this.outbox = outbox;
        this.connection = connection;
        this.topics = topics;
        this.ratePerSecond = Math.max(1, drainPerSecond);
        this.exec = exec;
    }

    /**
     * Stores a summary in the outbox and schedules its delivery. The future completes on its
     * PUBACK, at once for a session delivered before, or exceptionally when it cannot be stored.
     */
    CompletableFuture<Void> submit(String deviceId, String sessionId, String summaryJson) {
        CompletableFuture<Void> f = waiting.computeIfAbsent(sessionId, k -> new CompletableFuture<>());
        Outbox.AddResult result;
        try {
            result = outbox.add(deviceId, sessionId, summaryJson);
        } catch (IOException e) {
            LOG.error("Could not store the summary of session {} in the outbox: {}", sessionId, e.getMessage());
            waiting.remove(sessionId, f);
            f.completeExceptionally(e);
            return f;
        }
        if (result == Outbox.AddResult.ADDED) {
            exec.execute(this::drainSafely);
        } else if (!outbox.isPending(sessionId)) {
            // Delivered before (this is a repeat): nothing more will happen for this id.
            waiting.remove(sessionId, f);
            f.complete(null);
        }
        return f;
    }

    /** Summaries waiting for the broker's acknowledgement. */
    int pending() {
        return outbox.pendingCount();
    }

    /** The devices the outbox holds summaries of. */
    Set<String> deviceIds() {
        return outbox.deviceIds();
    }

    /** A new connection: what was in flight on the old one counts as lost; drains at once. */
    void connected() {
        generation++;
        inFlight.clear();
        lastRefillNanos = System.nanoTime();
        tokens = Math.max(tokens, 1);
        drainSafely();
    }

    /** The connection was lost: what was in flight will be sent again. */
    void lost() {
        inFlight.clear();
    }

    /** Fails every waiting future: the publisher closed; the summaries stay in the outbox. */
    void failWaiting() {
        for (CompletableFuture<Void> f : waiting.values()) {
            f.completeExceptionally(new IllegalStateException(
                    "MQTT publisher closed before the broker acknowledged; the summary stays in the outbox"));
        }
        waiting.clear();
    }

    /** Publishes what the rate allows now; a bug is logged, not thrown at the executor. */
    void drainSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.error("Outbox drain failed", e);
        }
    }

    private void drain() {
        if (!connection.isUsable()) {
            return;
        }
        long now = System.nanoTime();
        tokens = Math.min(ratePerSecond, tokens + (now - lastRefillNanos) * ratePerSecond / 1e9);
        lastRefillNanos = now;
        if (tokens < 1) {
            return;
        }
        List<Outbox.Entry> batch = outbox.oldest((int) tokens, inFlight::contains);
        int gen = generation;
        for (Outbox.Entry e : batch) {
            inFlight.add(e.sessionId());
            try {
                connection.publish(topics.session(e.deviceId()), e.summaryJson(), true,
                        new Acknowledgement(e.sessionId(), gen));
                tokens -= 1;
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
