package org.rollerhub.hub.publish.mqtt;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.rollerhub.hub.publish.Publisher;

/**
 * Publishes to an MQTT 3.1.1 broker with the Eclipse Paho v3 client.
 *
 * <p>PLACEHOLDER API until the MQTT work lands: {@link #start()} fails.
 */
public final class MqttPublisher implements Publisher {
    private final MqttSettings settings;

    public MqttPublisher(MqttSettings settings, Clock clock) {
        this.settings = settings;
    }

    /**
     * Connects, publishes {@code online} availability (with an {@code offline} last will), and
     * keeps reconnecting in the background if the broker goes away.
     *
     * @throws IOException for a fault retrying will not mend (wrong password, untrusted certificate),
     *     with a message that says which
     */
    public void start() throws IOException {
        throw new IOException("MQTT publishing is not available in this build yet (" + settings.brokerUrl() + ")");
    }

    @Override
    public CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson) {
        return CompletableFuture.failedFuture(new IllegalStateException("not started"));
    }

    @Override
    public void publishEvent(String deviceId, String eventJson) {
    }

    @Override
    public void publishStatus(String deviceId, String statusJson) {
    }

    @Override
    public void close() {
    }
}
