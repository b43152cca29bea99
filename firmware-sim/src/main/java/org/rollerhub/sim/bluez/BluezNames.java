package org.rollerhub.sim.bluez;

/**
 * Names the BlueZ D-Bus API and the roller's GATT profile use, as BlueZ documents them
 * ({@code doc/org.bluez.*.rst}) and as {@code roller-protocol.md} defines the UUIDs.
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

    /** The roller service, advertised. */
    public static final String ROLLER_SERVICE_UUID = "7a1e0001-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    /** Data characteristic: notify, roller to hub, one packet per notification. */
    public static final String DATA_CHAR_UUID = "7a1e0002-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    /** Command characteristic: write, hub to roller, one packet per write. */
    public static final String COMMAND_CHAR_UUID = "7a1e0003-6b2c-4f3d-9e8a-5c4b3a2d1f00";

    /** Local names of rollers begin with this. */
    public static final String NAME_PREFIX = "Roller-";

    /** The ATT MTU the roller negotiates; packets fit its 244-byte payload. */
    public static final int ATT_MTU = 247;

    private BluezNames() {
    }
}
