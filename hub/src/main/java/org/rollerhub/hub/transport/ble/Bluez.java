package org.rollerhub.hub.transport.ble;

/** BlueZ's D-Bus names (the roller's GATT UUIDs are in {@link org.rollerhub.protocol.BleGatt}). */
final class Bluez {
    static final String BUS_NAME = "org.bluez";
    static final String ADAPTER = "org.bluez.Adapter1";
    static final String DEVICE = "org.bluez.Device1";
    static final String GATT_SERVICE = "org.bluez.GattService1";
    static final String GATT_CHARACTERISTIC = "org.bluez.GattCharacteristic1";

    private Bluez() {
    }
}
