package org.rollerhub.sim.bluez;

import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/** {@code org.bluez.Adapter1} methods, with BlueZ's documented signatures (the double's side). */
@DBusInterfaceName(BluezNames.ADAPTER)
public interface Adapter1Api extends DBusInterface {
    void StartDiscovery();

    void StopDiscovery();

    void RemoveDevice(DBusPath device);

    void SetDiscoveryFilter(Map<String, Variant<?>> filter);

    String[] GetDiscoveryFilters();
}
