package org.rollerhub.sim.bluez;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.bluez.GattService1}: properties only. */
@DBusInterfaceName(BluezNames.GATT_SERVICE)
public interface GattService1Api extends DBusInterface {
}
