package org.rollerhub.sim.bluez;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * One object the double exports under {@code org.bluez}: its path, its interfaces' properties
 * (typed as BlueZ documents them) and {@code org.freedesktop.DBus.Properties}. Changing a
 * property emits {@code PropertiesChanged} as BlueZ does. Thread-safe.
 */
public abstract class BluezObject implements Properties {
    private final SignalEmitter emitter;
    private final String path;
    private final Map<String, Map<String, Variant<?>>> properties = new LinkedHashMap<>();
    private final Set<String> writable;

    /** @param writable property names a client may {@code Set} */
    BluezObject(SignalEmitter emitter, String path, Set<String> writable) {
        this.emitter = emitter;
        this.path = path;
        this.writable = writable;
    }

    @Override
    public final String getObjectPath() {
        return path;
    }

    /** Defines a property without a signal (before the object is announced). */
    final synchronized void define(String iface, String name, Variant<?> value) {
        properties.computeIfAbsent(iface, k -> new LinkedHashMap<>()).put(name, value);
    }

    /** Changes a property and emits {@code PropertiesChanged} if its value changed. */
    final void update(String iface, String name, Variant<?> value) {
        synchronized (this) {
            Map<String, Variant<?>> props = properties.computeIfAbsent(iface, k -> new LinkedHashMap<>());
            Variant<?> old = props.put(name, value);
            if (value.equals(old) && !(value.getValue() instanceof byte[])) {
                return;
            }
        }
        emitter.propertiesChanged(path, iface, Map.of(name, value));
    }

    /** Current value of a property, or {@code null}. */
    final synchronized Variant<?> value(String iface, String name) {
        Map<String, Variant<?>> props = properties.get(iface);
        return props == null ? null : props.get(name);
    }

    /** All interfaces and properties, as {@code GetManagedObjects} and {@code InterfacesAdded} carry them. */
    final synchronized Map<String, Map<String, Variant<?>>> interfaces() {
        Map<String, Map<String, Variant<?>>> out = new LinkedHashMap<>();
        out.put(BluezNames.INTROSPECTABLE, Map.of());
        properties.forEach((iface, props) -> out.put(iface, new LinkedHashMap<>(props)));
        out.put(BluezNames.PROPERTIES, Map.of());
        return out;
    }

    /** The names of the interfaces, for {@code InterfacesRemoved}. */
    final List<String> interfaceNames() {
        return List.copyOf(interfaces().keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public final synchronized <A> A Get(String iface, String name) {
        Map<String, Variant<?>> props = properties.get(iface);
        if (props == null || !props.containsKey(name)) {
            throw invalidArgs("No such property '" + name + "' on " + iface);
        }
        return (A) props.get(name);
    }

    @Override
    public final <A> void Set(String iface, String name, A value) {
        Variant<?> current = value(iface, name);
        if (current == null) {
            throw invalidArgs("No such property '" + name + "' on " + iface);
        }
        if (!writable.contains(name)) {
            throw new PropertyReadOnly("Property '" + name + "' is read-only");
        }
        Object raw = value instanceof Variant<?> v ? v.getValue() : value;
        if (raw == null || !current.getValue().getClass().isInstance(raw)) {
            throw invalidArgs("Wrong type for property '" + name + "'");
        }
        update(iface, name, new Variant<>(raw, current.getSig()));
    }

    @Override
    public final synchronized Map<String, Variant<?>> GetAll(String iface) {
        Map<String, Variant<?>> props = properties.get(iface);
        return props == null ? Collections.emptyMap() : new LinkedHashMap<>(props);
    }

    private static DBusExecutionException invalidArgs(String message) {
        return new UnknownProperty(message);
    }
}
