package org.rollerhub.sim.bluez;

import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/** {@code org.bluez.GattCharacteristic1} methods the roller's characteristics support (the double's side). */
@DBusInterfaceName(BluezNames.GATT_CHARACTERISTIC)
public interface GattCharacteristic1Api extends DBusInterface {
    byte[] ReadValue(Map<String, Variant<?>> options);

    void WriteValue(byte[] value, Map<String, Variant<?>> options);

    void StartNotify();

    void StopNotify();
}
