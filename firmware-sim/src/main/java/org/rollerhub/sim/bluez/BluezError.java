package org.rollerhub.sim.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * The D-Bus error replies the double sends, with BlueZ's documented names
 * ({@code org.bluez.Error.*}, see {@link org.bluez.Error}).
 */
final class BluezError {
    private BluezError() {
    }

    static DBusExecutionException failed(String message) {
        return new org.bluez.Error.Failed(message);
    }

    static DBusExecutionException notConnected(String message) {
        return new org.bluez.Error.NotConnected(message);
    }

    static DBusExecutionException notPermitted(String message) {
        return new org.bluez.Error.NotPermitted(message);
    }

    static DBusExecutionException notSupported(String message) {
        return new org.bluez.Error.NotSupported(message);
    }

    static DBusExecutionException invalidArguments(String message) {
        return new org.bluez.Error.InvalidArguments(message);
    }

    static DBusExecutionException invalidValueLength(String message) {
        return new org.bluez.Error.InvalidValueLength(message);
    }

    static DBusExecutionException doesNotExist(String message) {
        return new org.bluez.Error.DoesNotExist(message);
    }

    static DBusExecutionException inProgress(String message) {
        return new org.bluez.Error.InProgress(message);
    }

    static DBusExecutionException notReady(String message) {
        return new org.bluez.Error.NotReady(message);
    }
}
