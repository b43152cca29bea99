package org.rollerhub.hub.transport.ble;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bluez.Adapter1;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;
import org.rollerhub.protocol.BleGatt;

/**
 * Finds a roller among BlueZ's devices: one already known, else one that shows up while
 * discovery runs ({@code InterfacesAdded}, or {@code PropertiesChanged} filling in a name or
 * UUIDs later). A roller advertises the roller service UUID and a name beginning
 * {@code Roller-}; with a configured address only the address counts. In {@code auto} mode the
 * roller found is claimed at once, so that a second transport takes another one.
 */
final class RollerFinder {

    /** A device found and, in auto mode, claimed. */
    record Found(String devicePath, String address) {
    }

    private final BluezConnection bus;
    private final String wantedAddress;
    private final long timeoutMillis;
    private final Map<String, Map<String, Variant<?>>> devices = new HashMap<>();

    /** @param wantedAddress an address to look for, or {@code null} for the first unclaimed roller */
    RollerFinder(BluezConnection bus, String wantedAddress, double timeoutSeconds) {
        this.bus = bus;
        this.wantedAddress = wantedAddress == null ? null : wantedAddress.toUpperCase(Locale.ROOT);
        this.timeoutMillis = (long) (timeoutSeconds * 1000);
    }

    Found find() throws IOException, InterruptedException {
        try (AutoCloseable watch = bus.watchAllProperties()) {
            Map<String, Map<String, Map<String, Variant<?>>>> objects = bus.managedObjects();
            String adapter = adapterOf(objects);
            powerOn(adapter, objects.get(adapter).get(Bluez.ADAPTER));
            objects.forEach((path, ifaces) -> {
                if (ifaces.containsKey(Bluez.DEVICE)) {
                    devices.put(path, new HashMap<>(ifaces.get(Bluez.DEVICE)));
                }
            });
            Found known = firstMatch();
            if (known != null) {
                return known;
            }
            boolean discovering = startDiscovery(adapter);
            try {
                return await();
            } finally {
                if (discovering) {
                    stopDiscovery(adapter);
                }
            }
        } catch (IOException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("scan failed: " + e.getMessage(), e);
        }
    }

    private Found await() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new IOException(wantedAddress == null
                        ? "no free roller found within " + timeoutMillis / 1000.0 + " s"
                        : "roller " + wantedAddress + " not found within " + timeoutMillis / 1000.0 + " s");
            }
            BusEvent e = bus.next(left);
            if (e instanceof BusEvent.Added a && a.interfaces().containsKey(Bluez.DEVICE)) {
                devices.put(a.path(), new HashMap<>(a.interfaces().get(Bluez.DEVICE)));
            } else if (e instanceof BusEvent.Changed c && Bluez.DEVICE.equals(c.iface()) && devices.containsKey(c.path())) {
                Map<String, Variant<?>> props = devices.get(c.path());
                props.putAll(c.changed());
                c.invalidated().forEach(props::remove);
            } else if (e instanceof BusEvent.Removed r) {
                devices.remove(r.path());
            } else if (e instanceof BusEvent.BluezGone || e instanceof BusEvent.BusLost) {
                throw new IOException("BlueZ went away while scanning");
            } else {
                continue;
            }
            Found f = firstMatch();
            if (f != null) {
                return f;
            }
        }
    }

    /** The first device that is what we look for (claimed if auto), or null. */
    private Found firstMatch() {
        for (Map.Entry<String, Map<String, Variant<?>>> e : new LinkedHashMap<>(devices).entrySet()) {
            Map<String, Variant<?>> p = e.getValue();
            String address = Props.string(p, "Address");
            if (address == null) {
                continue;
            }
            address = address.toUpperCase(Locale.ROOT);
            if (wantedAddress != null) {
                if (wantedAddress.equals(address)) {
                    return new Found(e.getKey(), address);
                }
            } else if (isRoller(p) && ClaimedRollers.claim(bus.busKey(), address)) {
                return new Found(e.getKey(), address);
            }
        }
        return null;
    }

    /** A roller: advertises the roller service and a local name (or alias) beginning {@code Roller-}. */
    static boolean isRoller(Map<String, Variant<?>> device) {
        boolean service = Props.strings(device, "UUIDs").stream()
                .anyMatch(u -> u.equalsIgnoreCase(BleGatt.ROLLER_SERVICE_UUID));
        String name = Props.string(device, "Name");
        String alias = Props.string(device, "Alias");
        boolean named = (name != null && name.startsWith(BleGatt.NAME_PREFIX))
                || (alias != null && alias.startsWith(BleGatt.NAME_PREFIX));
        return service && named;
    }

    private static String adapterOf(Map<String, Map<String, Map<String, Variant<?>>>> objects) throws IOException {
        String first = null;
        for (Map.Entry<String, Map<String, Map<String, Variant<?>>>> e : objects.entrySet()) {
            Map<String, Variant<?>> a = e.getValue().get(Bluez.ADAPTER);
            if (a != null) {
                if (Boolean.TRUE.equals(Props.bool(a, "Powered"))) {
                    return e.getKey();
                }
                if (first == null) {
                    first = e.getKey();
                }
            }
        }
        if (first == null) {
            throw new IOException("BlueZ has no Bluetooth adapter");
        }
        return first;
    }

    /** Switches a powered-off adapter on (BlueZ refuses discovery on it otherwise); best effort. */
    private void powerOn(String adapterPath, Map<String, Variant<?>> adapter) {
        if (!Boolean.FALSE.equals(Props.bool(adapter, "Powered"))) {
            return;
        }
        try {
            bus.remote(adapterPath, org.freedesktop.dbus.interfaces.Properties.class)
                    .Set(Bluez.ADAPTER, "Powered", Boolean.TRUE);
        } catch (IOException | RuntimeException e) {
            // rfkill or policy says no: discovery will fail and say why.
        }
    }

    /** Starts a discovery session for LE devices offering the roller service; false if BlueZ refused. */
    private boolean startDiscovery(String adapterPath) throws IOException {
        Adapter1 adapter = bus.remote(adapterPath, Adapter1.class);
        Map<String, Variant<?>> filter = new LinkedHashMap<>();
        filter.put("Transport", new Variant<>("le"));
        if (wantedAddress == null) {
            filter.put("UUIDs", new Variant<>(new String[] {BleGatt.ROLLER_SERVICE_UUID}, "as"));
        }
        try {
            adapter.SetDiscoveryFilter(filter);
        } catch (DBusException | DBusExecutionException e) {
            // An older BlueZ without filters still discovers; we filter ourselves.
        }
        try {
            adapter.StartDiscovery();
            return true;
        } catch (DBusException | DBusExecutionException e) {
            // InProgress: another client's discovery is running, and its finds reach us too.
            if (String.valueOf(e.getMessage()).contains("InProgress") || isInProgress(e)) {
                return false;
            }
            throw new IOException("cannot start discovery on " + adapterPath + ": " + e.getMessage(), e);
        }
    }

    private static boolean isInProgress(Exception e) {
        return e instanceof DBusExecutionException x && String.valueOf(x.getType()).endsWith("InProgress")
                || e.getClass().getSimpleName().contains("InProgress");
    }

    private void stopDiscovery(String adapterPath) {
        try {
            bus.remote(adapterPath, Adapter1.class).StopDiscovery();
        } catch (IOException | DBusException | RuntimeException e) {
            // Discovery ends with our connection anyway.
        }
    }
}
