package org.rollerhub.sim.bluez;

import java.util.Set;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;

/** A primary GATT service as BlueZ exports it ({@code org.bluez.GattService1}: UUID, Device, Primary, Includes). */
public final class SimGattService extends BluezObject implements GattService1Api {

    SimGattService(SignalEmitter emitter, String path, String devicePath, String uuid) {
        super(emitter, path, Set.of());
        define(BluezNames.GATT_SERVICE, "UUID", new Variant<>(uuid));
        define(BluezNames.GATT_SERVICE, "Device", new Variant<>(new DBusPath(devicePath)));
        define(BluezNames.GATT_SERVICE, "Primary", new Variant<>(true));
        define(BluezNames.GATT_SERVICE, "Includes", new Variant<>(new DBusPath[0], "ao"));
    }
}
