package org.rollerhub.hub.transport.ble;

import java.util.Map;
import org.freedesktop.dbus.types.Variant;
import org.rollerhub.protocol.BleGatt;

/**
 * Where a connected roller's characteristics are: found among BlueZ's objects by UUID, the
 * service by its {@code Device} property and the characteristics by their {@code Service}
 * property (paths are BlueZ's business, so they are never guessed).
 *
 * @param servicePath the roller service
 * @param dataPath the data characteristic (notify)
 * @param commandPath the command characteristic (write)
 */
record RollerGatt(String servicePath, String dataPath, String commandPath) {

    /** The roller's GATT objects under {@code devicePath}, or {@code null} while not all are there. */
    static RollerGatt locate(Map<String, Map<String, Map<String, Variant<?>>>> objects, String devicePath) {
        String service = null;
        for (Map.Entry<String, Map<String, Map<String, Variant<?>>>> e : objects.entrySet()) {
            Map<String, Variant<?>> s = e.getValue().get(Bluez.GATT_SERVICE);
            if (s != null && devicePath.equals(Props.path(s, "Device"))
                    && BleGatt.ROLLER_SERVICE_UUID.equalsIgnoreCase(Props.string(s, "UUID"))) {
                service = e.getKey();
                break;
            }
        }
        if (service == null) {
            return null;
        }
        String data = null;
        String command = null;
        for (Map.Entry<String, Map<String, Map<String, Variant<?>>>> e : objects.entrySet()) {
            Map<String, Variant<?>> c = e.getValue().get(Bluez.GATT_CHARACTERISTIC);
            if (c == null || !service.equals(Props.path(c, "Service"))) {
                continue;
            }
            String uuid = Props.string(c, "UUID");
            if (BleGatt.DATA_CHAR_UUID.equalsIgnoreCase(uuid)) {
                data = e.getKey();
            } else if (BleGatt.COMMAND_CHAR_UUID.equalsIgnoreCase(uuid)) {
                command = e.getKey();
            }
        }
        return data == null || command == null ? null : new RollerGatt(service, data, command);
    }
}
