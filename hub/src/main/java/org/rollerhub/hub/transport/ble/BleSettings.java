package org.rollerhub.hub.transport.ble;

/**
 * How the hub reaches BlueZ and how long it waits.
 *
 * @param busAddress D-Bus address of the system bus ({@code unix:path=/run/dbus/system_bus_socket});
 *     {@code null} takes {@code DBUS_SYSTEM_BUS_ADDRESS} when set, else the system bus default
 * @param scanTimeoutSeconds how long one connect attempt scans for the roller before giving up
 * @param connectTimeoutSeconds how long to wait, after {@code Device1.Connect}, for
 *     {@code ServicesResolved} and the roller's characteristics
 */
public record BleSettings(String busAddress, double scanTimeoutSeconds, double connectTimeoutSeconds) {

    /** The system bus; 20 s to find a roller, 20 s to resolve its services. */
    public static final BleSettings DEFAULTS = new BleSettings(null, 20, 20);

    public BleSettings {
        if (!(scanTimeoutSeconds > 0) || !(connectTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** The bus address to use: the configured one, else {@code DBUS_SYSTEM_BUS_ADDRESS}, else {@code null} (system default). */
    public String effectiveBusAddress() {
        if (busAddress != null && !busAddress.isBlank()) {
            return busAddress;
        }
        String env = System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
        return env == null || env.isBlank() ? null : env;
    }
}
