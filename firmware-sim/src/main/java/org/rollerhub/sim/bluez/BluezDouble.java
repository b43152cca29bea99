package org.rollerhub.sim.bluez;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * A stand-in for {@code bluetoothd}: owns {@code org.bluez} on a bus and exports, as BlueZ's
 * D-Bus API documents them, an adapter ({@code /org/bluez/hci0}), the devices it "sees", each
 * roller's GATT service and characteristics, and {@code org.freedesktop.DBus.ObjectManager} at
 * {@code /}. Devices appear ({@code InterfacesAdded}) once a client runs discovery; while
 * discovery runs their {@code RSSI} wanders by a few dB each second.
 *
 * <p>Used by tests on a private {@code dbus-daemon} and by {@code roller-sim serve-bluez}.
 */
public final class BluezDouble implements AutoCloseable, SignalEmitter {
    public static final String ADAPTER_PATH = "/org/bluez/hci0";

    private final DBusConnection connection;
    private final SimAdapter adapter;
    private final Map<String, BluezObject> announced = new LinkedHashMap<>();
    private final Map<String, SimDevice> devices = new LinkedHashMap<>();
    private final ScheduledExecutorService rssiTicker;

    private BluezDouble(DBusConnection connection) throws DBusException {
        this.connection = connection;
        this.adapter = new SimAdapter(this, ADAPTER_PATH);
        connection.exportObject("/", new Root());
        announce(adapter);
        connection.requestBusName(BluezNames.BUS_NAME);
        rssiTicker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bluez-double-rssi");
            t.setDaemon(true);
            return t;
        });
        rssiTicker.scheduleWithFixedDelay(this::wanderRssi, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Connects to the bus at {@code busAddress} (a D-Bus address such as
     * {@code unix:path=/tmp/x/bus}) and takes the name {@code org.bluez}.
     */
    public static BluezDouble start(String busAddress) throws DBusException {
        DBusConnection c = DBusConnectionBuilder.forAddress(busAddress)
                .withShared(false)
                .receivingThreadConfig().withSignalThreadCount(1).connectionConfig()
                .build();
        try {
            return new BluezDouble(c);
        } catch (DBusException | RuntimeException e) {
            c.disconnect();
            throw e;
        }
    }

    /** Adds a roller advertising under {@code address}; {@code factory} makes the packet source behind it. */
    public SimDevice addRoller(String address, RollerFactory factory) {
        return addDevice(DeviceSpec.roller(address, (short) -58), factory);
    }

    /**
     * Adds a device. With a {@code null} factory it has no roller service behind it (another
     * gadget in the room): it can be seen but not connected.
     */
    public SimDevice addDevice(DeviceSpec spec, RollerFactory factory) {
        SimDevice device = new SimDevice(this, ADAPTER_PATH, spec, factory);
        synchronized (this) {
            if (devices.containsKey(device.getObjectPath())) {
                throw new IllegalArgumentException("device " + spec.address() + " exists");
            }
            devices.put(device.getObjectPath(), device);
        }
        discoverPending();
        return device;
    }

    /** The adapter, {@code /org/bluez/hci0}. */
    public SimAdapter adapter() {
        return adapter;
    }

    /** The devices added so far. */
    public synchronized List<SimDevice> devices() {
        return List.copyOf(devices.values());
    }

    /** The bus's unique name of the double's connection. */
    public String uniqueName() {
        return connection.getUniqueName();
    }

    /** Announces devices that a running discovery would now report. */
    void discoverPending() {
        for (SimDevice d : devices()) {
            boolean known;
            synchronized (this) {
                known = announced.containsKey(d.getObjectPath());
            }
            if (!known && adapter.wouldFind(d.spec())) {
                announce(d);
            }
        }
    }

    boolean removeDevice(String path) {
        SimDevice d;
        synchronized (this) {
            d = devices.get(path);
            if (d == null || !announced.containsKey(path)) {
                return false;
            }
        }
        d.dropConnection();
        withdraw(d);
        return true;
    }

    /** Exports {@code object} and emits {@code InterfacesAdded}. */
    void announce(BluezObject object) {
        String path = object.getObjectPath();
        synchronized (this) {
            if (announced.containsKey(path)) {
                return;
            }
            try {
                connection.exportObject(path, object);
            } catch (DBusException e) {
                throw new IllegalStateException("cannot export " + path, e);
            }
            announced.put(path, object);
        }
        send(() -> new ObjectManager.InterfacesAdded("/", new DBusPath(path), object.interfaces()));
    }

    /** Emits {@code InterfacesRemoved} and stops exporting {@code object}. */
    void withdraw(BluezObject object) {
        String path = object.getObjectPath();
        synchronized (this) {
            if (announced.remove(path) == null) {
                return;
            }
            connection.unExportObject(path);
        }
        send(() -> new ObjectManager.InterfacesRemoved("/", new DBusPath(path), object.interfaceNames()));
    }

    @Override
    public void propertiesChanged(String path, String iface, Map<String, Variant<?>> changed) {
        synchronized (this) {
            if (!announced.containsKey(path)) {
                return;
            }
        }
        send(() -> new Properties.PropertiesChanged(path, iface, changed, List.of()));
    }

    private void wanderRssi() {
        if (!adapter.discovering()) {
            return;
        }
        for (SimDevice d : devices()) {
            if (!d.connected()) {
                short base = d.spec().rssiDbm();
                d.setRssi((short) (base + ThreadLocalRandom.current().nextInt(-3, 4)));
            }
        }
    }

    private interface SignalMaker {
        org.freedesktop.dbus.messages.DBusSignal make() throws DBusException;
    }

    private void send(SignalMaker maker) {
        if (!connection.isConnected()) {
            return;
        }
        try {
            connection.sendMessage(maker.make());
        } catch (DBusException e) {
            throw new IllegalStateException("cannot build a signal", e);
        }
    }

    /** Stops every roller and leaves the bus. */
    @Override
    public void close() {
        rssiTicker.shutdownNow();
        for (SimDevice d : devices()) {
            d.shutdown();
        }
        // On a bus that just died dbus-java waits 20 s for a reply to releasing org.bluez:
        // give it two, then let it finish on its own.
        Thread t = new Thread(this::closeConnection, "bluez-double-close");
        t.setDaemon(true);
        t.start();
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (IOException e) {
            // Leaving the bus: nothing left to tell anyone.
        }
    }

    /** {@code org.freedesktop.DBus.ObjectManager} at {@code /}, as BlueZ exports it. */
    public final class Root implements ObjectManager {
        @Override
        public String getObjectPath() {
            return "/";
        }

        @Override
        public Map<DBusPath, Map<String, Map<String, Variant<?>>>> GetManagedObjects() {
            List<BluezObject> objects;
            synchronized (BluezDouble.this) {
                objects = new ArrayList<>(announced.values());
            }
            Map<DBusPath, Map<String, Map<String, Variant<?>>>> out = new LinkedHashMap<>();
            for (BluezObject o : objects) {
                out.put(new DBusPath(o.getObjectPath()), o.interfaces());
            }
            return out;
        }
    }
}
