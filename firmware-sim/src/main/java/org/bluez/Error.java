package org.bluez;

import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * BlueZ's error names for the BlueZ double ({@code org.rollerhub.sim.bluez}). dbus-java names an
 * error reply after the thrown exception's class ({@code $} read as {@code .}), so
 * {@code org.bluez.Error$Failed} goes out as {@code org.bluez.Error.Failed}, exactly as
 * bluetoothd names it. Only the double throws these.
 */
public final class Error {
    private Error() {
    }

    /** {@code org.bluez.Error.Failed}. */
    public static final class Failed extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public Failed(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.NotConnected}. */
    public static final class NotConnected extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public NotConnected(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.NotPermitted}. */
    public static final class NotPermitted extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public NotPermitted(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.NotSupported}. */
    public static final class NotSupported extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public NotSupported(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.InvalidArguments}. */
    public static final class InvalidArguments extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public InvalidArguments(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.InvalidValueLength}. */
    public static final class InvalidValueLength extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public InvalidValueLength(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.DoesNotExist}. */
    public static final class DoesNotExist extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public DoesNotExist(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.InProgress}. */
    public static final class InProgress extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public InProgress(String message) {
            super(message);
        }
    }

    /** {@code org.bluez.Error.NotReady}. */
    public static final class NotReady extends DBusExecutionException {
        private static final long serialVersionUID = 1L;

        public NotReady(String message) {
            super(message);
        }
    }
}
