package org.rollerhub.hub.mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.rollerhub.hub.mqtt.homeassistant.HomeAssistantDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hooks {@link HomeAssistantDiscovery} to the connection: publishes the device config of each
 * roller the hub hears of (new ones as they come, all of them after each connect), again when a
 * roller's firmware changes, and again when Home Assistant announces {@code online} on its birth
 * topic after a restart. The first config of a roller in a run waits for
 * {@link LegacyDiscoveryCleanup} to move its old per-entity configs, if any.
 *
 * <p>Threads: {@link #noteDevice} and {@link #noteStatus} may be called from any thread; the rest
 * runs on the publisher's executor.
 */
final class DiscoveryAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryAnnouncer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HomeAssistantDiscovery discovery;
    private final MqttConnection connection;
    private final ScheduledExecutorService exec;
    private final Supplier<Collection<String>> storedDevices;
    private final LegacyDiscoveryCleanup legacy;
    private final Set<String> devices = ConcurrentHashMap.newKeySet();
    private final Map<String, String> firmware = new ConcurrentHashMap<>(); // device id -> its firmware

    /**
     * @param storedDevices rollers known from earlier runs (those with summaries in the outbox)
     */
    DiscoveryAnnouncer(HomeAssistantDiscovery discovery, MqttConnection connection, ScheduledExecutorService exec,
            Supplier<Collection<String>> storedDevices) {
        this.discovery = discovery;
        this.connection = connection;
        this.exec = exec;
        this.storedDevices = storedDevices;
        this.legacy = new LegacyDiscoveryCleanup(discovery, connection, exec, this::publishConfig);
    }

    /** For {@code settings}: an announcer, or null when discovery is off. */
    static DiscoveryAnnouncer of(MqttSettings settings, Topics topics, MqttConnection connection,
            ScheduledExecutorService exec, Supplier<Collection<String>> storedDevices) {
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

    /**
     * A roller's status JSON: the roller is noted, and its config sent again if the status names
     * another firmware than the config has.
     */
    void noteStatus(String deviceId, String statusJson) {
        String fw = firmwareOf(statusJson);
        String before = fw == null ? firmware.get(deviceId) : firmware.put(deviceId, fw);
        boolean isNew = devices.add(deviceId);
        if (connection.isConnected() && (isNew || !Objects.equals(before, firmware.get(deviceId)))) {
            exec.execute(() -> announce(deviceId));
        }
    }

    /** After each connect: listens for Home Assistant's birth and announces every known roller. */
    void connected() {
        connection.subscribe(discovery.birthTopic());
        announceAll();
    }

    /**
     * A message on a subscribed topic: Home Assistant's {@code online} re-announces every roller;
     * old per-entity configs go to the migration.
     *
     * @return true if it was Home Assistant's {@code online}
     */
    boolean messageArrived(String topic, String payload) {
        if (legacy.messageArrived(topic, payload)) {
            return false;
        }
        if (topic.equals(discovery.birthTopic()) && "online".equals(payload)) {
            LOG.info("Home Assistant announced itself online: re-sending discovery");
            announceAll();
            return true;
        }
        return false;
    }

    private void announceAll() {
        Set<String> all = new LinkedHashSet<>(storedDevices.get());
        all.addAll(devices);
        for (String device : all) {
            announce(device);
        }
    }

    private void announce(String deviceId) {
        if (!connection.isConnected() || legacy.check(deviceId)) {
            return; // not connected: the next connect announces; a check publishes when it ends
        }
        publishConfig(deviceId);
    }

    private void publishConfig(String deviceId) {
        HomeAssistantDiscovery.Message m = discovery.configFor(deviceId, firmware.get(deviceId));
        connection.publishQuietly(m.topic(), m.payload(), true);
    }

    private static String firmwareOf(String statusJson) {
        try {
            JsonNode fw = MAPPER.readTree(statusJson).get("firmware");
            return fw == null || !fw.isTextual() ? null : fw.asText();
        } catch (IOException e) {
            return null; // not the hub's status JSON: the config goes without a firmware version
        }
    }

    private static String hubVersion() {
        String v = DiscoveryAnnouncer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
