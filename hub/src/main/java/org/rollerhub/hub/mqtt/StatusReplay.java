package org.rollerhub.hub.mqtt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each roller's latest status, published retained on {@code <prefix>/<deviceId>/status} when it
 * comes and again after every reconnect, so that the broker never holds one older than the hub's.
 * Thread-safe.
 */
final class StatusReplay {
    private final Map<String, String> latest = new ConcurrentHashMap<>();
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

    /** Publishes every roller's latest status again (after a reconnect). */
    void replay() {
        latest.forEach((device, json) -> connection.publishQuietly(topics.status(device), json, true));
    }
}
