package org.rollerhub.sim.bluez;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** {@code org.bluez.Device1} methods, with BlueZ's documented signatures (the double's side). */
@DBusInterfaceName(BluezNames.DEVICE)
public interface Device1Api extends DBusInterface {
    void Connect();

    void Disconnect();

    void ConnectProfile(String uuid);

    void DisconnectProfile(String uuid);

    void Pair();

    void CancelPairing();
}
