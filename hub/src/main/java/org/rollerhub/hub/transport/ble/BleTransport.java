package org.rollerhub.hub.transport.ble;

import java.io.IOException;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.Transport;

/**
 * A roller over BLE, through BlueZ on the D-Bus system bus ({@code DBUS_SYSTEM_BUS_ADDRESS} when set).
 *
 * <p>PLACEHOLDER until the BLE work (issue 7) lands: {@link #connect()} fails.
 */
public final class BleTransport implements Transport {
    private final String address;

    /** @param address the roller's Bluetooth address ({@code AA:BB:CC:DD:EE:FF}), or {@code auto} for the first roller found */
    public BleTransport(String address) {
        this.address = address;
    }

    @Override
    public String describe() {
        return "ble:" + address;
    }

    @Override
    public Link connect() throws IOException {
        throw new IOException("BLE is not available in this build yet");
    }
}
