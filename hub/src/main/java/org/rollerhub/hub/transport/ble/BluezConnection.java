package org.rollerhub.hub.transport.ble;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.IDisconnectCallback;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.ObjectManager;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * One private connection to the system bus for one BLE transport's attempt or link, with
 * BlueZ's signals ({@code InterfacesAdded/Removed}, {@code PropertiesChanged}, and
 * {@code org.bluez} leaving the bus) queued as {@link BusEvent}s in arrival order (one signal
 * thread keeps the order). Closing it drops every handler and the connection.
 */
final class BluezConnection implements AutoCloseable {
    private final DBusConnection bus;
    private final String busKey;
    private final BlockingQueue<BusEvent> events = new LinkedBlockingQueue<>();
    private final List<AutoCloseable> handlers = new ArrayList<>();
    private volatile boolean closed;

    private BluezConnection(DBusConnection bus, String busKey) {
        this.bus = bus;
        this.busKey = busKey;
    }

    /** Connects to {@code address} ({@code null}: the system bus default). */
    static BluezConnection open(String address) throws IOException {
        checkSocket(address);
        BluezConnection[] self = new BluezConnection[1];
        IDisconnectCallback onDrop = new IDisconnectCallback() {
            @Override
            public void disconnectOnError(IOException e) {
                if (self[0] != null) {
                    self[0].events.add(new BusEvent.BusLost("bus connection lost: " + e.getMessage()));
                }
            }
        };
        try {
            DBusConnectionBuilder builder = address == null
                    ? DBusConnectionBuilder.forSystemBus()
                    : DBusConnectionBuilder.forAddress(address);
            DBusConnection c = builder.withShared(false)
                    .withDisconnectCallback(onDrop)
                    .receivingThreadConfig().withSignalThreadCount(1).connectionConfig()
                    .build();
            self[0] = new BluezConnection(c, address);
            self[0].watchBluez();
            return self[0];
        } catch (DBusException | RuntimeException e) {
            throw new IOException("cannot reach the D-Bus system bus" + (address == null ? "" : " at " + address)
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails at once when a {@code unix:path=} socket is missing (no bus there), where dbus-java
     * would keep trying for seconds on every reconnect attempt.
     */
    private static void checkSocket(String address) throws IOException {
        if (address == null) {
            return;
        }
        for (String part : address.split("[,;]")) {
            String p = part.startsWith("unix:") ? part.substring(5) : part;
            if (p.startsWith("path=") && !java.nio.file.Files.exists(java.nio.file.Path.of(p.substring(5)))) {
                throw new IOException("no D-Bus socket at " + p.substring(5) + " (is the bus running?)");
            }
        }
    }

    /** The bus this connection is on, as a key ({@code null} for the system default). */
    String busKey() {
        return busKey;
    }

    private void watchBluez() throws DBusException {
        // dbus-java names the added/removed object "signalSource"; "objectPath" is the signal's own path (/).
        handlers.add(bus.addSigHandler(ObjectManager.InterfacesAdded.class,
                s -> events.add(new BusEvent.Added(s.getSignalSource().getPath(), s.getInterfaces()))));
        handlers.add(bus.addSigHandler(ObjectManager.InterfacesRemoved.class,
                s -> events.add(new BusEvent.Removed(s.getSignalSource().getPath(), s.getInterfaces()))));
        handlers.add(bus.addSigHandler(DBus.NameOwnerChanged.class, s -> {
            if (Bluez.BUS_NAME.equals(s.name) && (s.newOwner == null || s.newOwner.isEmpty())) {
                events.add(new BusEvent.BluezGone());
            }
        }));
    }

    /** Starts queueing {@code PropertiesChanged} of every object (while scanning). */
    AutoCloseable watchAllProperties() throws IOException {
        try {
            return bus.addSigHandler(Properties.PropertiesChanged.class, this::onChanged);
        } catch (DBusException e) {
            throw new IOException("cannot watch BlueZ properties: " + e.getMessage(), e);
        }
    }

    /** Starts queueing {@code PropertiesChanged} of the object at {@code path} only. */
    void watchProperties(String path) throws IOException {
        try {
            Properties remote = bus.getRemoteObject(Bluez.BUS_NAME, path, Properties.class);
            handlers.add(bus.addSigHandler(Properties.PropertiesChanged.class, remote, this::onChanged));
        } catch (DBusException e) {
            throw new IOException("cannot watch " + path + ": " + e.getMessage(), e);
        }
    }

    private void onChanged(Properties.PropertiesChanged s) {
        events.add(new BusEvent.Changed(s.getPath(), s.getInterfaceName(), s.getPropertiesChanged(),
                s.getPropertiesRemoved()));
    }

    /** The next event, or {@code null} after {@code timeoutMillis}. */
    BusEvent next(long timeoutMillis) throws InterruptedException {
        return events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Wakes a reader with an event of our own. */
    void post(BusEvent event) {
        events.add(event);
    }

    boolean connected() {
        return !closed && bus.isConnected();
    }

    /** BlueZ's objects: path to interface to properties. */
    Map<String, Map<String, Map<String, Variant<?>>>> managedObjects() throws IOException {
        try {
            ObjectManager om = bus.getRemoteObject(Bluez.BUS_NAME, "/", ObjectManager.class);
            Map<String, Map<String, Map<String, Variant<?>>>> out = new java.util.LinkedHashMap<>();
            for (Map.Entry<DBusPath, Map<String, Map<String, Variant<?>>>> e : om.GetManagedObjects().entrySet()) {
                out.put(e.getKey().getPath(), e.getValue());
            }
            return out;
        } catch (DBusException | RuntimeException e) {
            throw new IOException("cannot list BlueZ objects (is bluetoothd running?): " + e.getMessage(), e);
        }
    }

    /** All properties of {@code iface} on {@code path}. */
    Map<String, Variant<?>> properties(String path, String iface) throws IOException {
        try {
            return bus.getRemoteObject(Bluez.BUS_NAME, path, Properties.class).GetAll(iface);
        } catch (DBusException | RuntimeException e) {
            throw new IOException("cannot read " + iface + " of " + path + ": " + e.getMessage(), e);
        }
    }

    /** A proxy for {@code iface} on {@code path} of {@code org.bluez}. */
    <T extends DBusInterface> T remote(String path, Class<T> iface) throws IOException {
        try {
            return bus.getRemoteObject(Bluez.BUS_NAME, path, iface);
        } catch (DBusException e) {
            throw new IOException("cannot reach " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        // Match rules live and die with the connection: removing them one by one first would only
        // wait for replies from a bus that may be gone.
        handlers.clear();
        try {
            bus.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
        events.add(new BusEvent.Closed());
    }
}
