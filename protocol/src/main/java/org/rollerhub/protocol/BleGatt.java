package org.rollerhub.protocol;

/**
 * The roller's BLE GATT profile: the UUIDs and the advertised local-name prefix that
 * {@code roller-protocol.md} defines (Transports, <b>BLE</b>). One packet per notification or
 * write, no COBS, no delimiter.
 */
public final class BleGatt {
    /** The roller service, advertised. */
    public static final String ROLLER_SERVICE_UUID = "7a1e0001-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    /** Data characteristic: notify, roller to hub, one packet per notification. */
    public static final String DATA_CHAR_UUID = "7a1e0002-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    /** Command characteristic: write, hub to roller, one packet per write. */
    public static final String COMMAND_CHAR_UUID = "7a1e0003-6b2c-4f3d-9e8a-5c4b3a2d1f00";
    /** Local names of rollers begin with this. */
    public static final String NAME_PREFIX = "Roller-";

    private BleGatt() {
    }
}
