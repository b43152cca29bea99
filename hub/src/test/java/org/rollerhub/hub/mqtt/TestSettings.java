package org.rollerhub.hub.mqtt;

import java.nio.file.Path;

/** MqttSettings for tests: loopback broker, plain defaults, one call per variation. */
final class TestSettings {
    private TestSettings() {
    }

    static MqttSettings plain(String url, Path outbox) {
        return new MqttSettings(url, "roller", "hub-test-" + System.nanoTime(), "testhub", null, null, null, null,
                null, outbox, 10_000, 1000, false, "homeassistant");
    }

    static MqttSettings withDrain(String url, Path outbox, int maxEntries, int drainPerSecond) {
        return new MqttSettings(url, "roller", "hub-test-" + System.nanoTime(), "testhub", null, null, null, null,
                null, outbox, maxEntries, drainPerSecond, false, "homeassistant");
    }

    static MqttSettings homeAssistant(String url, Path outbox) {
        return new MqttSettings(url, "roller", "hub-test-" + System.nanoTime(), "testhub", null, null, null, null,
                null, outbox, 10_000, 1000, true, "homeassistant");
    }

    static MqttSettings tls(String url, Path outbox, String user, String password, Path ca, Path cert, Path key) {
        return new MqttSettings(url, "roller", "hub-test-" + System.nanoTime(), "testhub", user, password, ca, cert,
                key, outbox, 10_000, 1000, false, "homeassistant");
    }
}
