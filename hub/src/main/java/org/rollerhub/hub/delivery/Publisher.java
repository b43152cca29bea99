package org.rollerhub.hub.delivery;

import java.util.concurrent.CompletableFuture;

/**
 * Where the hub's output goes: MQTT, or memory for tests. Topics are the implementation's; the
 * hub hands over device ids and JSON text. Thread-safe.
 */
public interface Publisher extends AutoCloseable {

    /**
     * Publishes a session summary (QoS 1, retained, on {@code <prefix>/<deviceId>/session}). The
     * future completes once the summary is acknowledged by the broker (or stored for good by a
     * non-network publisher). Consumers drop duplicates by {@code sessionId}.
     */
    CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson);

    /** Publishes a live event (QoS 1, on {@code <prefix>/<deviceId>/event}). */
    void publishEvent(String deviceId, String eventJson);

    /** Publishes a roller's status (retained, on {@code <prefix>/<deviceId>/status}). */
    void publishStatus(String deviceId, String statusJson);

    /**
     * Publishes a roller's live state (retained, on {@code <prefix>/<deviceId>/live}), and again
     * after every reconnect; the caller sends it only when it changed. By default publishes nothing.
     */
    default void publishLive(String deviceId, String liveJson) {
    }

    /**
     * Publishes {@code payload} retained (QoS 1) on the full {@code topic}, and again after every
     * reconnect; the latest payload per topic wins. For state that is not a roller's: a person's
     * progress, Home Assistant discovery. By default publishes nothing.
     */
    default void publishRetained(String topic, String payload) {
    }

    @Override
    void close();
}
