package org.rollerhub.sim.bluez;

import java.util.Map;
import org.freedesktop.dbus.types.Variant;

/** Where exported objects send their {@code PropertiesChanged} signals. */
interface SignalEmitter {
    void propertiesChanged(String path, String iface, Map<String, Variant<?>> changed);
}
