package org.rollerhub.hub.transport.ble;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rollers this process's BLE transports have taken, per bus, so that two transports set to
 * {@code auto} end up on two different rollers. Process-wide and thread-safe.
 */
final class ClaimedRollers {
    private static final Set<String> CLAIMED = new HashSet<>();

    private ClaimedRollers() {
    }

    /** Takes {@code address} on {@code bus}; false if another transport has it. */
    static synchronized boolean claim(String bus, String address) {
        return CLAIMED.add(key(bus, address));
    }

    static synchronized void release(String bus, String address) {
        CLAIMED.remove(key(bus, address));
    }

    private static String key(String bus, String address) {
        return (bus == null ? "system" : bus) + "|" + address.toUpperCase(Locale.ROOT);
    }
}
