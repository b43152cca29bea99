package org.rollerhub.sim.bluez;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bluez.Error;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The local controller as BlueZ exports it ({@code org.bluez.Adapter1}). Discovery is kept per
 * client, as BlueZ keeps it: {@code Discovering} is true while any client has a session, and a
 * device shows up once some session's filter accepts it.
 */
public final class SimAdapter extends BluezObject implements Adapter1Api {
    /** Filter keys and signatures BlueZ documents for {@code SetDiscoveryFilter}. */
    private static final Map<String, String> FILTER_KEYS = Map.of(
            "UUIDs", "as", "RSSI", "n", "Pathloss", "q", "Transport", "s",
            "DuplicateData", "b", "Discoverable", "b", "Pattern", "s");

    private final BluezDouble owner;
    private final Map<String, Map<String, Variant<?>>> filters = new LinkedHashMap<>();
    private final Set<String> sessions = new java.util.LinkedHashSet<>();

    SimAdapter(BluezDouble owner, String path) {
        super(owner, path, Set.of("Alias", "Powered", "Discoverable", "Pairable", "DiscoverableTimeout", "PairableTimeout"));
        this.owner = owner;
        define(BluezNames.ADAPTER, "Address", new Variant<>("00:1A:7D:DA:71:13"));
        define(BluezNames.ADAPTER, "AddressType", new Variant<>("public"));
        define(BluezNames.ADAPTER, "Name", new Variant<>("rollerhub-double"));
        define(BluezNames.ADAPTER, "Alias", new Variant<>("rollerhub-double"));
        define(BluezNames.ADAPTER, "Class", new Variant<>(new UInt32(0)));
        define(BluezNames.ADAPTER, "Powered", new Variant<>(true));
        define(BluezNames.ADAPTER, "Discoverable", new Variant<>(false));
        define(BluezNames.ADAPTER, "DiscoverableTimeout", new Variant<>(new UInt32(180)));
        define(BluezNames.ADAPTER, "Pairable", new Variant<>(true));
        define(BluezNames.ADAPTER, "PairableTimeout", new Variant<>(new UInt32(0)));
        define(BluezNames.ADAPTER, "Discovering", new Variant<>(false));
        define(BluezNames.ADAPTER, "UUIDs", new Variant<>(new String[0], "as"));
        define(BluezNames.ADAPTER, "Roles", new Variant<>(new String[] {"central", "peripheral"}, "as"));
    }

    @Override
    public void StartDiscovery() {
        if (!powered()) {
            throw new Error.NotReady("Resource Not Ready");
        }
        boolean first;
        synchronized (this) {
            first = sessions.isEmpty();
            sessions.add(caller());
        }
        if (first) {
            update(BluezNames.ADAPTER, "Discovering", new Variant<>(true));
        }
        owner.discoverPending();
    }

    @Override
    public void StopDiscovery() {
        boolean last;
        synchronized (this) {
            if (!sessions.remove(caller())) {
                throw new Error.Failed("No discovery started");
            }
            last = sessions.isEmpty();
        }
        if (last) {
            update(BluezNames.ADAPTER, "Discovering", new Variant<>(false));
        }
    }

    @Override
    public void RemoveDevice(DBusPath device) {
        if (!owner.removeDevice(device.getPath())) {
            throw new Error.DoesNotExist("Device does not exist");
        }
    }

    @Override
    public void SetDiscoveryFilter(Map<String, Variant<?>> filter) {
        for (Map.Entry<String, Variant<?>> e : filter.entrySet()) {
            String sig = FILTER_KEYS.get(e.getKey());
            if (sig == null || !sig.equals(e.getValue().getSig())) {
                throw new Error.InvalidArguments("Invalid discovery filter entry " + e.getKey());
            }
        }
        synchronized (this) {
            if (filter.isEmpty()) {
                filters.remove(caller());
            } else {
                filters.put(caller(), Map.copyOf(filter));
            }
        }
    }

    @Override
    public String[] GetDiscoveryFilters() {
        return new String[] {"UUIDs", "RSSI", "Pathloss", "Transport", "DuplicateData", "Discoverable", "Pattern"};
    }

    /** Whether a running discovery session would report {@code spec}. */
    synchronized boolean wouldFind(DeviceSpec spec) {
        for (String client : sessions) {
            Map<String, Variant<?>> filter = filters.get(client);
            if (filter == null || acceptsUuids(filter.get("UUIDs"), spec.uuids())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the controller is on ({@code Powered}). */
    public boolean powered() {
        return Boolean.TRUE.equals(value(BluezNames.ADAPTER, "Powered").getValue());
    }

    /** Switches the controller on or off (rfkill, a fresh boot); off ends every discovery session. */
    public void setPowered(boolean on) {
        if (!on) {
            boolean was;
            synchronized (this) {
                was = !sessions.isEmpty();
                sessions.clear();
            }
            if (was) {
                update(BluezNames.ADAPTER, "Discovering", new Variant<>(false));
            }
        }
        update(BluezNames.ADAPTER, "Powered", new Variant<>(on));
    }

    synchronized boolean discovering() {
        return !sessions.isEmpty();
    }

    private static boolean acceptsUuids(Variant<?> wanted, List<String> advertised) {
        if (wanted == null) {
            return true;
        }
        Object v = wanted.getValue();
        List<?> list = v instanceof Object[] a ? List.of(a) : (List<?>) v;
        if (list.isEmpty()) {
            return true;
        }
        for (Object u : list) {
            if (advertised.stream().anyMatch(a -> a.equalsIgnoreCase(u.toString()))) {
                return true;
            }
        }
        return false;
    }

    private static String caller() {
        var info = AbstractConnection.getCallInfo();
        return info == null ? "" : info.getSource();
    }
}
