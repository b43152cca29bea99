package org.rollerhub.hub.transport.ble;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.bluez.Device1;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.Transport;

/**
 * A roller over BLE, through BlueZ on the D-Bus system bus ({@code DBUS_SYSTEM_BUS_ADDRESS} when
 * set). Each {@link #connect()} opens its own bus connection, finds the roller (by address, or
 * in {@code auto} mode the first roller no other transport of this process has taken),
 * connects it, waits for {@code ServicesResolved}, finds the roller's data and command
 * characteristics by UUID and subscribes to notifications.
 *
 * <p>An {@code auto} transport keeps the roller it first got: later connects (after a drop)
 * look for that same roller, so that two rollers never swap hubs' sessions.
 */
public final class BleTransport implements Transport {
    private static final long POLL_MILLIS = 100;

    private final String configured;
    private final BleSettings settings;
    private volatile String bound;

    /** @param addressOrAuto the roller's Bluetooth address ({@code AA:BB:CC:DD:EE:FF}), or {@code auto} for the first roller found */
    public BleTransport(String addressOrAuto) {
        this(addressOrAuto, BleSettings.DEFAULTS);
    }

    /** @param addressOrAuto as for {@link #BleTransport(String)}; {@code settings} name the bus and timeouts */
    public BleTransport(String addressOrAuto, BleSettings settings) {
        this.configured = parseAddress(addressOrAuto);
        this.settings = settings;
        this.bound = configured;
        if (configured != null) {
            // Reserved from the start, so that an auto transport that connects first leaves it alone.
            ClaimedRollers.claim(settings.effectiveBusAddress(), configured);
        }
    }

    /**
     * Checks a configured roller: its Bluetooth address ({@code AA:BB:CC:DD:EE:FF}, any case), or
     * {@code auto} (or nothing).
     *
     * @return the address in upper case, or {@code null} for {@code auto}
     * @throws IllegalArgumentException if it is neither
     */
    public static String parseAddress(String addressOrAuto) {
        if (addressOrAuto == null || addressOrAuto.isBlank() || addressOrAuto.equalsIgnoreCase("auto")) {
            return null;
        }
        if (!addressOrAuto.matches("([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}")) {
            throw new IllegalArgumentException("expected a Bluetooth address AA:BB:CC:DD:EE:FF or 'auto', not '" + addressOrAuto + "'");
        }
        return addressOrAuto.toUpperCase(Locale.ROOT);
    }

    @Override
    public String describe() {
        String b = bound;
        if (configured != null) {
            return "ble:" + configured;
        }
        return b == null ? "ble:auto" : "ble:auto(" + b + ")";
    }

    /** The roller this transport is tied to, or {@code null} while an auto transport has found none. */
    public String address() {
        return bound;
    }

    @Override
    public Link connect() throws IOException {
        BluezConnection bus = BluezConnection.open(settings.effectiveBusAddress());
        boolean claimedNow = false;
        String address = null;
        try {
            String wanted = bound;
            if (wanted != null) {
                claimedNow = ClaimedRollers.claim(bus.busKey(), wanted);
            }
            RollerFinder.Found found = new RollerFinder(bus, wanted, settings.scanTimeoutSeconds()).find();
            address = found.address();
            claimedNow |= wanted == null;
            RollerGatt gatt = connectAndResolve(bus, found);
            BleLink link = BleLink.open(bus, found.address(), found.devicePath(), gatt);
            bound = found.address();
            return link;
        } catch (IOException e) {
            bus.close();
            releaseIfNew(bus, address, claimedNow);
            throw e;
        } catch (RuntimeException e) {
            // dbus-java reports a dying connection with unchecked exceptions; to the link manager
            // that is one more failed attempt, to be retried.
            bus.close();
            releaseIfNew(bus, address, claimedNow);
            throw new IOException("BLE connect failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bus.close();
            releaseIfNew(bus, address, claimedNow);
            throw new IOException("interrupted while connecting", e);
        }
    }

    /** Lets another transport of this process take this transport's roller (when it is retired). */
    public void release() {
        String b = bound;
        if (b != null) {
            ClaimedRollers.release(settings.effectiveBusAddress(), b);
        }
    }

    private void releaseIfNew(BluezConnection bus, String address, boolean claimedNow) {
        // A roller found but never linked goes back to the pool; one this transport holds stays held.
        if (claimedNow && bound == null && address != null) {
            ClaimedRollers.release(bus.busKey(), address);
        }
    }

    private RollerGatt connectAndResolve(BluezConnection bus, RollerFinder.Found found)
            throws IOException, InterruptedException {
        try {
            bus.remote(found.devicePath(), Device1.class).Connect();
        } catch (DBusException | DBusExecutionException e) {
            String what = e instanceof DBusExecutionException x ? x.getType() + " " + e.getMessage()
                    : e.getClass().getSimpleName() + " " + e.getMessage();
            if (!what.contains("AlreadyConnected") && !what.contains("InProgress")) {
                throw new IOException("cannot connect roller " + found.address() + ": " + what, e);
            }
        }
        long deadline = System.nanoTime() + (long) (settings.connectTimeoutSeconds() * 1e9);
        while (true) {
            Map<String, Variant<?>> device = bus.properties(found.devicePath(), Bluez.DEVICE);
            Boolean resolved = Props.bool(device, "ServicesResolved");
            // ServicesResolved (BlueZ 5.43+) says the GATT objects are all there; without it, finding them will do.
            if (Boolean.TRUE.equals(Props.bool(device, "Connected")) && !Boolean.FALSE.equals(resolved)) {
                RollerGatt gatt = RollerGatt.locate(bus.managedObjects(), found.devicePath());
                if (gatt != null) {
                    return gatt;
                }
            }
            if (System.nanoTime() > deadline) {
                disconnectQuietly(bus, found.devicePath());
                throw new IOException("roller " + found.address() + " did not offer the roller service within "
                        + settings.connectTimeoutSeconds() + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void disconnectQuietly(BluezConnection bus, String devicePath) {
        try {
            bus.remote(devicePath, Device1.class).Disconnect();
        } catch (IOException | DBusException | RuntimeException e) {
            // Best effort: the attempt failed anyway.
        }
    }
}
