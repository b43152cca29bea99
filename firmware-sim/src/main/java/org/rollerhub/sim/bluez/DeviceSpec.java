package org.rollerhub.sim.bluez;

import java.util.List;
import java.util.Locale;
import org.rollerhub.protocol.BleGatt;

/**
 * What a simulated device advertises.
 *
 * @param address Bluetooth address, {@code AA:BB:CC:DD:EE:FF}
 * @param name local name
 * @param uuids advertised service UUIDs
 * @param rssiDbm received signal strength, dBm
 */
public record DeviceSpec(String address, String name, List<String> uuids, short rssiDbm) {

    public DeviceSpec {
        if (!address.matches("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}")) {
            throw new IllegalArgumentException("not a Bluetooth address: " + address);
        }
        address = address.toUpperCase(Locale.ROOT);
        uuids = List.copyOf(uuids);
    }

    /** A roller: the roller service and the name {@code Roller-XXXX} from the address's last two bytes. */
    public static DeviceSpec roller(String address, short rssiDbm) {
        String a = address.toUpperCase(Locale.ROOT);
        return new DeviceSpec(a, BleGatt.NAME_PREFIX + a.substring(12, 14) + a.substring(15, 17),
                List.of(BleGatt.ROLLER_SERVICE_UUID), rssiDbm);
    }

    /** The object path BlueZ gives this device under {@code adapterPath}. */
    public String objectPath(String adapterPath) {
        return adapterPath + "/dev_" + address.replace(':', '_');
    }
}
