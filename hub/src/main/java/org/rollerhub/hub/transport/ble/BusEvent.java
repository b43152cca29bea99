package org.rollerhub.hub.transport.ble;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.types.Variant;

/** What the bus told a BLE link or scan, in arrival order. */
sealed interface BusEvent {

    /** {@code PropertiesChanged} of {@code iface} on {@code path}. */
    record Changed(String path, String iface, Map<String, Variant<?>> changed, List<String> invalidated)
            implements BusEvent {
    }

    /** {@code InterfacesAdded} for {@code path}. */
    record Added(String path, Map<String, Map<String, Variant<?>>> interfaces) implements BusEvent {
    }

    /** {@code InterfacesRemoved} for {@code path}. */
    record Removed(String path, List<String> interfaces) implements BusEvent {
    }

    /** {@code org.bluez} left the bus (bluetoothd stopped). */
    record BluezGone() implements BusEvent {
    }

    /** Our bus connection dropped. */
    record BusLost(String reason) implements BusEvent {
    }

    /** The link was closed locally. */
    record Closed() implements BusEvent {
    }
}
