package org.rollerhub.sim.bluez;

/**
 * Names the BlueZ D-Bus API uses, as BlueZ documents them ({@code doc/org.bluez.*.rst}); the
 * roller's GATT UUIDs are in {@link org.rollerhub.protocol.BleGatt}.
 */
public final class BluezNames {
    /** BlueZ's well-known bus name. */
    public static final String BUS_NAME = "org.bluez";
    public static final String ADAPTER = "org.bluez.Adapter1";
    public static final String DEVICE = "org.bluez.Device1";
    public static final String GATT_SERVICE = "org.bluez.GattService1";
    public static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";
    public static final String PROPERTIES = "org.freedesktop.DBus.Properties";
    public static final String INTROSPECTABLE = "org.freedesktop.DBus.Introspectable";

    /** The ATT MTU the roller negotiates; packets fit its 244-byte payload. */
    public static final int ATT_MTU = 247;

    private BluezNames() {
    }
}
