package org.rollerhub.hub.mqtt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.rollerhub.hub.mqtt.homeassistant.HomeAssistantDiscovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a roller from the per-entity discovery configs that earlier versions of the hub left
 * retained on the broker to its one device config, the way Home Assistant documents it: on each
 * old config topic {@link HomeAssistantDiscovery#MIGRATE_PAYLOAD}, then the device config, then an
 * empty retained payload that clears the old topic. Home Assistant keeps the entities (same unique
 * ids), and no duplicates are left.
 *
 * <p>The first time in a run that a roller is announced, {@link #check} subscribes to its old
 * config topics and holds its device config back for {@value #WAIT_MS} ms, the time for the broker
 * to send what it retains there. Old configs found are migrated then (and any that come later, at
 * once); a roller with none gets its config as usual. Once cleared, the broker has nothing left to
 * send, so a later run finds nothing: the migration happens once.
 *
 * <p>Threads: everything runs on the publisher's executor.
 */
final class LegacyDiscoveryCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyDiscoveryCleanup.class);
    /** How long the broker gets to send a roller's retained old configs, milliseconds. */
    static final long WAIT_MS = 1000;

    private final HomeAssistantDiscovery discovery;
    private final MqttConnection connection;
    private final ScheduledExecutorService exec;
    private final Consumer<String> publishConfig;
    private final Set<String> checked = new HashSet<>(); // rollers looked at in this run
    private final Map<String, List<String>> waiting = new HashMap<>(); // roller -> old topics found so far

    /** @param publishConfig publishes a roller's device config, given its device id */
    LegacyDiscoveryCleanup(HomeAssistantDiscovery discovery, MqttConnection connection, ScheduledExecutorService exec,
            Consumer<String> publishConfig) {
        this.discovery = discovery;
        this.connection = connection;
        this.exec = exec;
        this.publishConfig = publishConfig;
    }

    /**
     * Before announcing roller {@code deviceId}: true if its config must wait for the check (it
     * will be published when the check ends), false if it was checked already in this run.
     */
    boolean check(String deviceId) {
        if (waiting.containsKey(deviceId)) {
            return true;
        }
        if (!checked.add(deviceId)) {
            return false;
        }
        waiting.put(deviceId, new ArrayList<>());
        connection.subscribe(discovery.legacyFilter(deviceId));
        exec.schedule(() -> finish(deviceId), WAIT_MS, TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * A message that arrived: true if it was on an old per-entity config topic of a roller (taken
     * care of here), false if it is someone else's.
     */
    boolean messageArrived(String topic, String payload) {
        String deviceId = discovery.legacyDevice(topic);
        if (deviceId == null) {
            return false;
        }
        if (payload.isEmpty() || payload.equals(HomeAssistantDiscovery.MIGRATE_PAYLOAD)) {
            return true; // the hub's own migration, coming back: nothing left to move
        }
        List<String> found = waiting.get(deviceId);
        if (found != null) {
            if (!found.contains(topic)) {
                found.add(topic);
            }
        } else if (connection.isConnected()) {
            migrate(deviceId, List.of(topic)); // later than the wait: moved on its own
        }
        return true;
    }

    private void finish(String deviceId) {
        List<String> found = waiting.remove(deviceId);
        if (found == null) {
            return;
        }
        if (!connection.isConnected()) {
            checked.remove(deviceId); // the subscription went with the connection: check again at the next one
            return;
        }
        migrate(deviceId, found);
    }

    private void migrate(String deviceId, List<String> oldTopics) {
        for (String t : oldTopics) {
            connection.publishQuietly(t, HomeAssistantDiscovery.MIGRATE_PAYLOAD, false);
        }
        publishConfig.accept(deviceId);
        for (String t : oldTopics) {
            connection.publishQuietly(t, "", true);
        }
        if (!oldTopics.isEmpty()) {
            LOG.info("Home Assistant: roller {} moved from {} per-entity discovery configs to one device config",
                    deviceId, oldTopics.size());
        }
    }
}
