package org.rollerhub.hub.transport.ble;

/** BlueZ's D-Bus names and the roller's GATT UUIDs ({@code roller-protocol.md}, BLE). */
final class Bluez {
    static final String BUS_NAME = "org.bluez";
    static final String ADAPTER = "org.bluez.Adapter1";
    static final String DEVICE = "org.bluez.Device1";
    static final String GATT_SERVICE = "org.bluez.GattService1";
    static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";

    static final String ROLLER_SERVICE_UUID = "7a1e0001-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    static final String DATA_CHAR_UUID = "7a1e0002-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    static final String COMMAND_CHAR_UUID = "7a1e0003-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    static final String NAME_PREFIX = "Roller-";

    private Bluez() {
    }
}
