package org.rollerhub.hub.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each roller's latest status, published retained on {@code <prefix>/<deviceId>/status} when it
 * comes and again after every reconnect, so that the broker never holds one older than the hub's;
 * likewise the latest payload of every other retained topic the hub keeps (a roller's live state, a
 * person's progress).
 * Thread-safe.
 */
final class StatusReplay {
    private final Map<String, String> latest = new ConcurrentHashMap<>();
    private final Map<String, String> retained = new ConcurrentHashMap<>(); // full topic -> payload
    private final MqttConnection connection;
    private final Topics topics;

    StatusReplay(MqttConnection connection, Topics topics) {
        this.connection = connection;
        this.topics = topics;
    }

    /** Remembers {@code statusJson} as the roller's latest and publishes it if connected. */
    void publish(String deviceId, String statusJson) {
        latest.put(deviceId, statusJson);
        if (connection.isConnected()) {
            connection.publishQuietly(topics.status(deviceId), statusJson, true);
        }
    }

    /** Remembers {@code payload} as the latest on the full {@code topic} and publishes it if connected. */
    void publishRetained(String topic, String payload) {
        retained.put(topic, payload);
        if (connection.isConnected()) {
            connection.publishQuietly(topic, payload, true);
        }
    }

    /** Publishes every roller's latest status and every kept retained payload again (after a reconnect). */
    void replay() {
        latest.forEach((device, json) -> connection.publishQuietly(topics.status(device), json, true));
        retained.forEach((topic, payload) -> connection.publishQuietly(topic, payload, true));
    }
}
