package org.rollerhub.sim.bluez;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bluez.Error;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;
import org.rollerhub.protocol.BleGatt;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.ProtocolException;
import org.rollerhub.protocol.RollerPacket;

/**
 * One remote LE device as BlueZ exports it ({@code org.bluez.Device1}). {@code Connect} brings
 * up the link, exports the roller's GATT service and characteristics, then sets
 * {@code ServicesResolved}; a disconnect, asked for or {@linkplain #dropConnection() on cue},
 * clears {@code Connected} and removes the GATT objects (as BlueZ does for an unbonded device).
 * The roller behind it keeps running while no hub listens; what it sends then is lost.
 */
public final class SimDevice extends BluezObject implements Device1Api {
    private final BluezDouble owner;
    private final DeviceSpec spec;
    private final SimulatedRoller roller;
    private final SimGattService service;
    private final SimCharacteristic data;
    private final SimCharacteristic command;
    private final AtomicLong notified = new AtomicLong();
    private final AtomicLong connects = new AtomicLong();
    private final List<byte[]> writes = new ArrayList<>();
    private boolean connected;
    private boolean started;
    private volatile boolean refuseConnections;

    SimDevice(BluezDouble owner, String adapterPath, DeviceSpec spec, RollerFactory factory) {
        super(owner, spec.objectPath(adapterPath), Set.of("Alias", "Trusted", "Blocked", "WakeAllowed"));
        this.owner = owner;
        this.spec = spec;
        String path = getObjectPath();
        define(BluezNames.DEVICE, "Address", new Variant<>(spec.address()));
        define(BluezNames.DEVICE, "AddressType", new Variant<>("random"));
        define(BluezNames.DEVICE, "Name", new Variant<>(spec.name()));
        define(BluezNames.DEVICE, "Alias", new Variant<>(spec.name()));
        define(BluezNames.DEVICE, "Paired", new Variant<>(false));
        define(BluezNames.DEVICE, "Bonded", new Variant<>(false));
        define(BluezNames.DEVICE, "Trusted", new Variant<>(false));
        define(BluezNames.DEVICE, "Blocked", new Variant<>(false));
        define(BluezNames.DEVICE, "LegacyPairing", new Variant<>(false));
        define(BluezNames.DEVICE, "RSSI", new Variant<>(spec.rssiDbm()));
        define(BluezNames.DEVICE, "Connected", new Variant<>(false));
        define(BluezNames.DEVICE, "UUIDs", new Variant<>(spec.uuids().toArray(new String[0]), "as"));
        define(BluezNames.DEVICE, "Adapter", new Variant<>(new DBusPath(adapterPath)));
        define(BluezNames.DEVICE, "ServicesResolved", new Variant<>(false));
        if (factory != null) {
            String servicePath = path + "/service000a";
            service = new SimGattService(owner, servicePath, path, BleGatt.ROLLER_SERVICE_UUID);
            data = new SimCharacteristic(owner, servicePath + "/char000b", this, servicePath,
                    BleGatt.DATA_CHAR_UUID, List.of("notify"));
            command = new SimCharacteristic(owner, servicePath + "/char000e", this, servicePath,
                    BleGatt.COMMAND_CHAR_UUID, List.of("write"));
            roller = factory.create(this::deliver);
        } else {
            service = null;
            data = null;
            command = null;
            roller = null;
        }
    }

    public DeviceSpec spec() {
        return spec;
    }

    public synchronized boolean connected() {
        return connected;
    }

    /** Notifications sent to subscribed hubs. */
    public long notified() {
        return notified.get();
    }

    /** Times a hub brought the link up. */
    public long connects() {
        return connects.get();
    }

    /** The values hubs wrote to the command characteristic, in order. */
    public synchronized List<byte[]> writes() {
        return List.copyOf(writes);
    }

    /** When true, {@code Connect} fails with {@code org.bluez.Error.Failed} (a roller out of range). */
    public void refuseConnections(boolean refuse) {
        this.refuseConnections = refuse;
    }

    /** Sets the received signal strength (dBm), as a new advertisement would. */
    public void setRssi(short dbm) {
        update(BluezNames.DEVICE, "RSSI", new Variant<>(dbm));
    }

    @Override
    public void Connect() {
        if (refuseConnections) {
            throw new Error.Failed("le-connection-abort-by-local");
        }
        if (service == null) {
            throw new Error.Failed("Connection refused: no profiles");
        }
        synchronized (this) {
            if (connected) {
                return;
            }
            connected = true;
        }
        connects.incrementAndGet();
        update(BluezNames.DEVICE, "Connected", new Variant<>(true));
        owner.announce(service);
        owner.announce(data);
        owner.announce(command);
        update(BluezNames.DEVICE, "ServicesResolved", new Variant<>(true));
    }

    @Override
    public void Disconnect() {
        if (!linkDown()) {
            throw new Error.NotConnected("Not connected");
        }
    }

    /** Drops the link from the roller's side (out of range, battery pulled): {@code Connected} goes false. */
    public void dropConnection() {
        linkDown();
    }

    @Override
    public void ConnectProfile(String uuid) {
        throw new Error.NotSupported("ConnectProfile is not supported by this device");
    }

    @Override
    public void DisconnectProfile(String uuid) {
        throw new Error.NotSupported("DisconnectProfile is not supported by this device");
    }

    @Override
    public void Pair() {
        throw new Error.Failed("Pairing is not needed for a roller");
    }

    @Override
    public void CancelPairing() {
        throw new Error.DoesNotExist("No pairing in progress");
    }

    private boolean linkDown() {
        synchronized (this) {
            if (!connected) {
                return false;
            }
            connected = false;
        }
        data.linkLost();
        roller.onLinkLost();
        update(BluezNames.DEVICE, "ServicesResolved", new Variant<>(false));
        update(BluezNames.DEVICE, "Connected", new Variant<>(false));
        owner.withdraw(command);
        owner.withdraw(data);
        owner.withdraw(service);
        return true;
    }

    void requireConnected() {
        if (!connected()) {
            throw new Error.NotConnected("Not connected");
        }
    }

    /** The first subscription powers the roller on; later ones tell it a hub listens again. */
    void onSubscribed() {
        boolean first;
        synchronized (this) {
            first = !started;
            started = true;
        }
        if (first) {
            roller.start();
        } else {
            roller.onResubscribed();
        }
    }

    void onWrite(byte[] value) {
        synchronized (this) {
            writes.add(value);
        }
        try {
            Packet packet = PacketCodec.decode(value);
            if (packet instanceof HubCommand c) {
                roller.onCommand(c);
            }
        } catch (ProtocolException e) {
            if (e.kind() == ProtocolException.Kind.UNKNOWN_TYPE) {
                roller.onUnknownCommand((value[2] & 0xFF) | (value[3] & 0xFF) << 8);
            }
            // Anything else a roller ignores; the GATT write itself succeeded.
        }
    }

    /** One notification; with no hub subscribed the packet is lost and the roller hears so (IOException). */
    private void deliver(RollerPacket packet) throws IOException {
        if (data.notifyValue(PacketCodec.encode(packet))) {
            notified.incrementAndGet();
        } else {
            throw new IOException("no hub subscribed to " + spec.address());
        }
    }

    /** Stops the roller behind this device. */
    void shutdown() {
        if (roller != null) {
            roller.close();
        }
    }
}
