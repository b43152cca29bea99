package org.rollerhub.hub.mqtt;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.rollerhub.hub.mqtt.homeassistant.HomeAssistantDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hooks {@link HomeAssistantDiscovery} to the connection: publishes the discovery config of each
 * roller the hub hears of (new ones as they come, all of them after each connect), and again when
 * Home Assistant announces {@code online} on its birth topic after a restart.
 *
 * <p>Threads: {@link #noteDevice} may be called from any thread; the rest runs on the publisher's
 * executor.
 */
final class DiscoveryAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryAnnouncer.class);

    private final HomeAssistantDiscovery discovery;
    private final MqttConnection connection;
    private final Executor exec;
    private final Supplier<Collection<String>> storedDevices;
    private final Set<String> devices = ConcurrentHashMap.newKeySet();

    /**
     * @param storedDevices rollers known from earlier runs (those with summaries in the outbox)
     */
    DiscoveryAnnouncer(HomeAssistantDiscovery discovery, MqttConnection connection, Executor exec,
            Supplier<Collection<String>> storedDevices) {
        this.discovery = discovery;
        this.connection = connection;
        this.exec = exec;
        this.storedDevices = storedDevices;
    }

    /** For {@code settings}: an announcer, or null when discovery is off. */
    static DiscoveryAnnouncer of(MqttSettings settings, Topics topics, MqttConnection connection, Executor exec,
            Supplier<Collection<String>> storedDevices) {
        if (!settings.homeAssistantDiscovery()) {
            return null;
        }
        String prefix = settings.discoveryPrefix() == null ? "homeassistant" : settings.discoveryPrefix();
        return new DiscoveryAnnouncer(new HomeAssistantDiscovery(prefix, topics, hubVersion()), connection, exec,
                storedDevices);
    }

    /** A roller the hub publishes for: announced now if it is new and the broker is connected. */
    void noteDevice(String deviceId) {
        if (devices.add(deviceId) && connection.isConnected()) {
            exec.execute(() -> announce(deviceId));
        }
    }

    /** After each connect: listens for Home Assistant's birth and announces every known roller. */
    void connected() {
        connection.subscribe(discovery.birthTopic());
        announceAll();
    }

    /** A message on a subscribed topic: Home Assistant's {@code online} re-announces every roller. */
    void messageArrived(String topic, String payload) {
        if (topic.equals(discovery.birthTopic()) && "online".equals(payload)) {
            LOG.info("Home Assistant announced itself online: re-sending discovery");
            announceAll();
        }
    }

    private void announceAll() {
        Set<String> all = new LinkedHashSet<>(storedDevices.get());
        all.addAll(devices);
        for (String device : all) {
            announce(device);
        }
    }

    private void announce(String deviceId) {
        if (!connection.isConnected()) {
            return;
        }
        for (HomeAssistantDiscovery.Message m : discovery.messagesFor(deviceId)) {
            connection.publishQuietly(m.topic(), m.payload(), true);
        }
    }

    private static String hubVersion() {
        String v = DiscoveryAnnouncer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
