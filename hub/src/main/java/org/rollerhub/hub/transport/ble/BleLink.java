package org.rollerhub.hub.transport.ble;

import java.io.IOException;
import java.util.Map;
import org.bluez.Device1;
import org.bluez.GattCharacteristic1;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.Variant;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.PacketCodec;

/**
 * A live BLE link to one roller through BlueZ: every {@code PropertiesChanged} of the data
 * characteristic's {@code Value} is one packet; commands go out with {@code WriteValue}. The
 * link is lost when the device's {@code Connected} goes false, the device or its
 * characteristic disappears, {@code org.bluez} leaves the bus, or the bus connection drops.
 *
 * <p>Link info for the status topic: {@code bleState} ({@code connected}, {@code disconnected}),
 * {@code bleAddress}, and {@code rssi} (dBm, an Integer) whenever BlueZ reports one.
 */
final class BleLink implements Link {
    /** How often a quiet pump checks that the bus connection is still there. */
    private static final long POLL_MILLIS = 500;

    private final BluezConnection bus;
    private final String address;
    private final String devicePath;
    private final RollerGatt gatt;
    private final Integer initialRssi;
    private volatile boolean closed;
    /** BlueZ or the bus is gone: calls would only wait for replies that never come. */
    private volatile boolean bluezGone;

    private BleLink(BluezConnection bus, String address, String devicePath, RollerGatt gatt, Integer rssi) {
        this.bus = bus;
        this.address = address;
        this.devicePath = devicePath;
        this.gatt = gatt;
        this.initialRssi = rssi;
    }

    /**
     * Subscribes to the data characteristic of a connected roller and returns the link. Watches
     * are set up before {@code StartNotify}, so no notification is missed.
     */
    static BleLink open(BluezConnection bus, String address, String devicePath, RollerGatt gatt) throws IOException {
        bus.watchProperties(devicePath);
        bus.watchProperties(gatt.dataPath());
        Map<String, Variant<?>> device = bus.properties(devicePath, Bluez.DEVICE);
        if (!Boolean.TRUE.equals(Props.bool(device, "Connected"))) {
            throw new IOException("roller " + address + " disconnected before notifications started");
        }
        try {
            bus.remote(gatt.dataPath(), GattCharacteristic1.class).StartNotify();
        } catch (DBusException | RuntimeException e) {
            throw new IOException("StartNotify on " + gatt.dataPath() + " failed: " + e.getMessage(), e);
        }
        return new BleLink(bus, address, devicePath, gatt, Props.integer(device, "RSSI"));
    }

    @Override
    public void pump(LinkSink sink) throws IOException {
        sink.onLinkInfo("bleAddress", address);
        sink.onLinkInfo("bleState", "connected");
        if (initialRssi != null) {
            sink.onLinkInfo("rssi", initialRssi);
        }
        try {
            while (!closed) {
                BusEvent e = bus.next(POLL_MILLIS);
                if (closed) {
                    return;
                }
                if (e == null) {
                    if (!bus.connected()) {
                        bluezGone = true;
                        throw lost(sink, "bus connection lost");
                    }
                } else if (e instanceof BusEvent.Changed c) {
                    onChanged(c, sink);
                } else if (e instanceof BusEvent.Removed r) {
                    if (r.path().equals(devicePath) || r.path().equals(gatt.dataPath())) {
                        throw lost(sink, "BlueZ removed " + r.path());
                    }
                } else if (e instanceof BusEvent.BluezGone) {
                    bluezGone = true;
                    throw lost(sink, "bluetoothd left the bus");
                } else if (e instanceof BusEvent.BusLost l) {
                    bluezGone = true;
                    throw lost(sink, l.reason());
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ie);
        }
    }

    private void onChanged(BusEvent.Changed c, LinkSink sink) throws IOException {
        if (c.path().equals(gatt.dataPath()) && Bluez.GATT_CHARACTERISTIC.equals(c.iface())) {
            byte[] value = Props.bytes(c.changed(), "Value");
            if (value != null) {
                sink.onPacket(value, 0, value.length);
            }
        } else if (c.path().equals(devicePath) && Bluez.DEVICE.equals(c.iface())) {
            Integer rssi = Props.integer(c.changed(), "RSSI");
            if (rssi != null) {
                sink.onLinkInfo("rssi", rssi);
            }
            if (Boolean.FALSE.equals(Props.bool(c.changed(), "Connected"))) {
                throw lost(sink, "roller " + address + " disconnected");
            }
        }
    }

    private IOException lost(LinkSink sink, String why) {
        sink.onLinkInfo("bleState", "disconnected");
        return new IOException(why);
    }

    @Override
    public void send(HubCommand command) throws IOException {
        if (closed) {
            throw new IOException("link closed");
        }
        try {
            bus.remote(gatt.commandPath(), GattCharacteristic1.class).WriteValue(PacketCodec.encode(command), Map.of());
        } catch (DBusException | RuntimeException e) {
            // RuntimeException: dbus-java's own failures (a dead connection) besides error replies.
            throw new IOException("WriteValue to " + address + " failed: " + e.getMessage(), e);
        }
    }

    /** Unsubscribes, disconnects the roller (so it advertises again) and leaves the bus. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        bus.post(new BusEvent.Closed());
        if (bus.connected() && !bluezGone) {
            try {
                bus.remote(gatt.dataPath(), GattCharacteristic1.class).StopNotify();
            } catch (IOException | DBusException | RuntimeException e) {
                // Already gone with the link.
            }
            try {
                bus.remote(devicePath, Device1.class).Disconnect();
            } catch (IOException | DBusException | RuntimeException e) {
                // Not connected any more: nothing to undo.
            }
        }
        bus.close();
    }
}
