package org.rollerhub.sim.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/** A D-Bus error reply with one of BlueZ's documented names, such as {@code org.bluez.Error.Failed}. */
public final class BluezError extends DBusExecutionException {
    private static final long serialVersionUID = 1L;

    private BluezError(String name, String message) {
        super(message);
        setType(name);
    }

    public static BluezError failed(String message) {
        return new BluezError("org.bluez.Error.Failed", message);
    }

    public static BluezError notConnected(String message) {
        return new BluezError("org.bluez.Error.NotConnected", message);
    }

    public static BluezError notPermitted(String message) {
        return new BluezError("org.bluez.Error.NotPermitted", message);
    }

    public static BluezError notSupported(String message) {
        return new BluezError("org.bluez.Error.NotSupported", message);
    }

    public static BluezError invalidArguments(String message) {
        return new BluezError("org.bluez.Error.InvalidArguments", message);
    }

    public static BluezError invalidValueLength(String message) {
        return new BluezError("org.bluez.Error.InvalidValueLength", message);
    }

    public static BluezError doesNotExist(String message) {
        return new BluezError("org.bluez.Error.DoesNotExist", message);
    }

    public static BluezError inProgress(String message) {
        return new BluezError("org.bluez.Error.InProgress", message);
    }
}
