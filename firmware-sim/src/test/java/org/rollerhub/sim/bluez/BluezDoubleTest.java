package org.rollerhub.sim.bluez;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.BleGatt;
import org.rollerhub.protocol.GetInfo;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.RollerPacket;

/**
 * The double seen through GLib's {@code gdbus}, a client that shares no code with it: object
 * layout, property types as BlueZ documents them, discovery, connect, write, notifications,
 * dropping the link, and BlueZ's error names.
 */
class BluezDoubleTest {
    private static final String ADDRESS = "C0:FF:EE:00:00:01";
    private static final String DEV = "/org/bluez/hci0/dev_C0_FF_EE_00_00_01";

    private PrivateBus bus;
    private BluezDouble bluez;
    private final List<HubCommand> commands = new CopyOnWriteArrayList<>();
    private SimDevice device;

    @BeforeEach
    void start() throws Exception {
        bus = PrivateBus.start();
        bluez = BluezDouble.start(bus.address());
        List<RollerPacket> acks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            acks.add(new Ack(i, 1000 + i, Ack.Result.OK));
        }
        device = bluez.addRoller(ADDRESS, outlet -> new SimulatedRoller() {
            final CaptureRoller replay = new CaptureRoller(acks, 50, outlet);

            @Override
            public void start() {
                replay.start();
            }

            @Override
            public void onCommand(HubCommand command) {
                commands.add(command);
            }

            @Override
            public void close() {
                replay.close();
            }
        });
        bluez.addDevice(new DeviceSpec("11:22:33:44:55:66", "Headphones", List.of("0000110b-0000-1000-8000-00805f9b34fb"),
                (short) -70), null);
    }

    @AfterEach
    void stop() throws Exception {
        bluez.close();
        bus.close();
    }

    private String managed() throws Exception {
        return Gdbus.ok(bus.address(), "/", "org.freedesktop.DBus.ObjectManager.GetManagedObjects");
    }

    @Test
    void devicesAppearWithDiscoveryWithBluezTypes() throws Exception {
        String before = managed();
        assertTrue(before.contains("'/org/bluez/hci0'"), before);
        assertTrue(before.contains("'Powered': <true>"), before);
        assertFalse(before.contains(DEV), "devices show up only once discovery runs");

        Gdbus.ok(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.SetDiscoveryFilter",
                "{'UUIDs': <['" + BleGatt.ROLLER_SERVICE_UUID + "']>, 'Transport': <'le'>}");
        Gdbus.ok(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.StartDiscovery");
        String after = managed();
        assertTrue(after.contains(DEV), after);
        assertTrue(after.contains("'Address': <'" + ADDRESS + "'>"), after);
        assertTrue(after.contains("'Name': <'Roller-0001'>"), after);
        assertTrue(after.matches("(?s).*'RSSI': <int16 -\\d+>.*"), after);
        assertTrue(after.contains("'UUIDs': <['" + BleGatt.ROLLER_SERVICE_UUID + "']>"), after);
        assertTrue(after.contains("'Connected': <false>"), after);
        assertTrue(after.contains("'Adapter': <objectpath '/org/bluez/hci0'>"), after);
        assertTrue(after.contains("'Discovering': <true>"), after);

        Gdbus.Result bad = Gdbus.call(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.SetDiscoveryFilter",
                "{'Colour': <'blue'>}");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("org.bluez.Error.InvalidArguments"), bad.err());
    }

    @Test
    void connectResolvesTheRollerServiceAndWritesReachTheRoller() throws Exception {
        Gdbus.ok(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.StartDiscovery");
        Gdbus.ok(bus.address(), DEV, "org.bluez.Device1.Connect");
        String objects = managed();
        assertTrue(objects.contains("'Connected': <true>"), objects);
        assertTrue(objects.contains("'ServicesResolved': <true>"), objects);
        assertTrue(objects.contains("'UUID': <'" + BleGatt.ROLLER_SERVICE_UUID + "'>"), objects);
        assertTrue(objects.contains("'Device': <objectpath '" + DEV + "'>"), objects);
        assertTrue(objects.contains("'UUID': <'" + BleGatt.DATA_CHAR_UUID + "'>"), objects);
        assertTrue(objects.contains("'UUID': <'" + BleGatt.COMMAND_CHAR_UUID + "'>"), objects);
        assertTrue(objects.contains("'Flags': <['notify']>"), objects);
        assertTrue(objects.contains("'Flags': <['write']>"), objects);
        assertTrue(objects.contains("'Value': <@ay []>"), objects);
        assertTrue(objects.contains("'MTU': <uint16 247>"), objects);

        String cmd = DEV + "/service000a/char000e";
        byte[] getInfo = PacketCodec.encode(new GetInfo(7));
        StringBuilder ay = new StringBuilder("[");
        for (int i = 0; i < getInfo.length; i++) {
            ay.append(i == 0 ? "byte " : ", ").append(getInfo[i] & 0xFF);
        }
        ay.append(']');
        Gdbus.ok(bus.address(), cmd, "org.bluez.GattCharacteristic1.WriteValue", ay.toString(), "{'type': <'request'>}");
        assertEquals(List.of(new GetInfo(7)), commands);

        Gdbus.Result read = Gdbus.call(bus.address(), cmd, "org.bluez.GattCharacteristic1.ReadValue", "{}");
        assertTrue(read.err().contains("org.bluez.Error.NotPermitted"), read.err());
    }

    @Test
    void notificationsArePropertiesChangedOfValueUntilTheLinkDrops() throws Exception {
        Gdbus.ok(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.StartDiscovery");
        Gdbus.ok(bus.address(), DEV, "org.bluez.Device1.Connect");
        String data = DEV + "/service000a/char000b";
        Process monitor = new ProcessBuilder("gdbus", "monitor", "--address", bus.address(), "--dest", "org.bluez",
                "--object-path", data).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(monitor.getInputStream(), StandardCharsets.UTF_8));
            lines.readLine(); // "Monitoring signals on object ... owned by ..."
            Gdbus.ok(bus.address(), data, "org.bluez.GattCharacteristic1.StartNotify");
            String expected = hex(PacketCodec.encode(new Ack(0, 1000, Ack.Result.OK)));
            List<String> seen = new ArrayList<>();
            CountDownLatch gotFirst = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        synchronized (seen) {
                            seen.add(line);
                        }
                        if (line.contains("'Value'") && line.contains(expected)) {
                            gotFirst.countDown();
                        }
                    }
                } catch (Exception e) {
                    // monitor ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            assertTrue(gotFirst.await(20, TimeUnit.SECONDS), () -> "no notification of the first packet in " + seen);
            synchronized (seen) {
                String first = seen.stream().filter(l -> l.contains("'Value'")).findFirst().orElseThrow();
                assertTrue(first.contains("org.freedesktop.DBus.Properties.PropertiesChanged ('org.bluez.GattCharacteristic1'"), first);
            }
            Gdbus.Result again = Gdbus.call(bus.address(), data, "org.bluez.GattCharacteristic1.StartNotify");
            assertEquals(0, again.exit(), "another client may subscribe too: " + again.err());

            device.dropConnection();
            String objects = managed();
            assertTrue(objects.contains("'Connected': <false>"), objects);
            assertFalse(objects.contains("char000b"), "GATT objects go with the link");
            Gdbus.Result disc = Gdbus.call(bus.address(), DEV, "org.bluez.Device1.Disconnect");
            assertTrue(disc.err().contains("org.bluez.Error.NotConnected"), disc.err());
            assertTrue(device.notified() > 0);
        } finally {
            monitor.destroy();
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder("[byte 0x");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) {
                s.append(", 0x");
            }
            s.append(String.format("%02x", b[i] & 0xFF));
        }
        return s.append(']').toString();
    }

    @Test
    void decoysCannotBeConnected() throws Exception {
        Gdbus.ok(bus.address(), "/org/bluez/hci0", "org.bluez.Adapter1.StartDiscovery");
        String objects = managed();
        assertTrue(objects.contains("dev_11_22_33_44_55_66"), "without a filter every device shows");
        Gdbus.Result r = Gdbus.call(bus.address(), "/org/bluez/hci0/dev_11_22_33_44_55_66", "org.bluez.Device1.Connect");
        assertTrue(r.err().contains("org.bluez.Error.Failed"), r.err());
    }
}
