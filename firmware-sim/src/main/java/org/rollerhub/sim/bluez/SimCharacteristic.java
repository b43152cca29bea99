package org.rollerhub.sim.bluez;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluez.Error;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.types.UInt16;
import org.freedesktop.dbus.types.Variant;

/**
 * One GATT characteristic as BlueZ exports it ({@code org.bluez.GattCharacteristic1}):
 * {@code UUID}, {@code Service}, {@code Value}, {@code Notifying}, {@code Flags}, {@code MTU};
 * notifications are {@code PropertiesChanged} of {@code Value} while any client has called
 * {@code StartNotify}; writes go to the device's handler.
 */
public final class SimCharacteristic extends BluezObject implements GattCharacteristic1Api {
    /** Option keys BlueZ documents for ReadValue/WriteValue. */
    private static final Set<String> OPTION_KEYS = Set.of("offset", "type", "mtu", "device", "link", "prepare-authorize");

    private final SimDevice device;
    private final List<String> flags;
    private final Set<String> notifyClients = new HashSet<>();

    SimCharacteristic(SignalEmitter emitter, String path, SimDevice device, String servicePath, String uuid,
            List<String> flags) {
        super(emitter, path, Set.of());
        this.device = device;
        this.flags = flags;
        define(BluezNames.GATT_CHARACTERISTIC, "UUID", new Variant<>(uuid));
        define(BluezNames.GATT_CHARACTERISTIC, "Service", new Variant<>(new DBusPath(servicePath)));
        define(BluezNames.GATT_CHARACTERISTIC, "Value", new Variant<>(new byte[0], "ay"));
        if (flags.contains("notify")) {
            define(BluezNames.GATT_CHARACTERISTIC, "Notifying", new Variant<>(false));
        }
        define(BluezNames.GATT_CHARACTERISTIC, "Flags", new Variant<>(flags.toArray(new String[0]), "as"));
        define(BluezNames.GATT_CHARACTERISTIC, "MTU", new Variant<>(new UInt16(BluezNames.ATT_MTU)));
    }

    @Override
    public byte[] ReadValue(Map<String, Variant<?>> options) {
        checkOptions(options);
        if (!flags.contains("read")) {
            throw new Error.NotPermitted("Read not permitted");
        }
        device.requireConnected();
        return (byte[]) value(BluezNames.GATT_CHARACTERISTIC, "Value").getValue();
    }

    @Override
    public void WriteValue(byte[] value, Map<String, Variant<?>> options) {
        checkOptions(options);
        if (!flags.contains("write") && !flags.contains("write-without-response")) {
            throw new Error.NotPermitted("Write not permitted");
        }
        Variant<?> offset = options.get("offset");
        if (offset != null && ((Number) offset.getValue()).intValue() != 0) {
            throw new Error.InvalidArguments("Long writes are not supported");
        }
        if (value.length > BluezNames.ATT_MTU - 3) {
            throw new Error.InvalidValueLength("Value of " + value.length + " bytes exceeds the ATT MTU");
        }
        device.requireConnected();
        device.onWrite(value.clone());
    }

    @Override
    public void StartNotify() {
        if (!flags.contains("notify") && !flags.contains("indicate")) {
            throw new Error.NotSupported("Notify not supported");
        }
        device.requireConnected();
        boolean first;
        synchronized (this) {
            if (!notifyClients.add(caller())) {
                throw new Error.InProgress("Notify already started");
            }
            first = notifyClients.size() == 1;
        }
        if (first) {
            update(BluezNames.GATT_CHARACTERISTIC, "Notifying", new Variant<>(true));
            device.onSubscribed();
        }
    }

    @Override
    public void StopNotify() {
        boolean last;
        synchronized (this) {
            if (!notifyClients.remove(caller())) {
                throw new Error.Failed("No notify session started");
            }
            last = notifyClients.isEmpty();
        }
        if (last) {
            update(BluezNames.GATT_CHARACTERISTIC, "Notifying", new Variant<>(false));
        }
    }

    /** Whether any client is subscribed. */
    public synchronized boolean notifying() {
        return !notifyClients.isEmpty();
    }

    /** Sends one notification if anyone is subscribed; returns whether it went out. */
    boolean notifyValue(byte[] value) {
        if (!notifying()) {
            return false;
        }
        update(BluezNames.GATT_CHARACTERISTIC, "Value", new Variant<>(value, "ay"));
        return true;
    }

    /** The link went down: every subscription ends. */
    void linkLost() {
        boolean was;
        synchronized (this) {
            was = !notifyClients.isEmpty();
            notifyClients.clear();
        }
        if (was) {
            update(BluezNames.GATT_CHARACTERISTIC, "Notifying", new Variant<>(false));
        }
    }

    private static String caller() {
        var info = AbstractConnection.getCallInfo();
        return info == null ? "" : info.getSource();
    }

    private static void checkOptions(Map<String, Variant<?>> options) {
        for (String key : options.keySet()) {
            if (!OPTION_KEYS.contains(key)) {
                throw new Error.InvalidArguments("Unknown option " + key);
            }
        }
    }
}
