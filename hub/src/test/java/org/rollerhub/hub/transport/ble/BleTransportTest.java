package org.rollerhub.hub.transport.ble;

import org.rollerhub.sim.bluez.PrivateBus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.BleGatt;
import org.rollerhub.protocol.GetInfo;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.ProtocolException;
import org.rollerhub.sim.bluez.BluezDouble;
import org.rollerhub.sim.bluez.DeviceSpec;
import org.rollerhub.sim.bluez.LiveRollerSource;
import org.rollerhub.sim.bluez.SimDevice;

/** One BLE link at a time against the BlueZ double on a private dbus-daemon. */
class BleTransportTest {
    private PrivateBus bus;
    private BluezDouble bluez;

    @BeforeEach
    void start() throws Exception {
        bus = PrivateBus.start();
        bluez = BluezDouble.start(bus.address());
    }

    @AfterEach
    void stop() throws Exception {
        bluez.close();
        bus.close();
    }

    private BleSettings settings(double scanSeconds) {
        return new BleSettings(bus.address(), scanSeconds, 20);
    }

    /** Collects decoded packets and link info from a pump running on its own thread. */
    private static final class Collector implements LinkSink {
        final List<Packet> packets = new CopyOnWriteArrayList<>();
        final List<String> info = new CopyOnWriteArrayList<>();

        @Override
        public void onStreamBytes(byte[] data, int off, int len) {
            throw new AssertionError("BLE delivers whole packets");
        }

        @Override
        public void onPacket(byte[] data, int off, int len) {
            try {
                packets.add(PacketCodec.decode(data, off, len));
            } catch (ProtocolException e) {
                throw new AssertionError("a notification is one whole packet", e);
            }
        }

        @Override
        public void onLinkInfo(String key, Object value) {
            info.add(key + "=" + value);
        }

        CompletableFuture<Void> pump(Link link) {
            return CompletableFuture.runAsync(() -> {
                try {
                    link.pump(this);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
        }

        void awaitSize(int n) throws InterruptedException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (packets.size() < n) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + packets.size() + " packets");
                }
                Thread.sleep(20);
            }
        }
    }

    @Test
    void autoSkipsLookalikesAndCommandsAreAnswered() throws Exception {
        // Sorted first, a "Roller-" without the roller service and a gadget with neither.
        bluez.addDevice(new DeviceSpec("00:00:00:00:00:01", "Roller-FAKE", List.of(), (short) -40), null);
        bluez.addDevice(new DeviceSpec("00:00:00:00:00:02", "Speaker", List.of(BleGatt.ROLLER_SERVICE_UUID.replace('7', '8')), (short) -40), null);
        SimDevice roller = bluez.addRoller("C0:FF:EE:00:00:01", LiveRollerSource.factory(3, 1));

        Link link = new BleTransport("auto", settings(20)).connect();
        Collector c = new Collector();
        CompletableFuture<Void> pump = c.pump(link);
        c.awaitSize(1);
        assertTrue(c.packets.get(0) instanceof Hello, "HELLO first");
        link.send(new GetInfo(41));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (c.packets.stream().noneMatch(p -> p instanceof Ack a && a.ackedSeq() == 41)) {
            assertTrue(System.nanoTime() < deadline, "no ACK for the command");
            Thread.sleep(20);
        }
        assertEquals(1, roller.writes().size(), "one WriteValue per command");
        assertTrue(c.info.contains("bleState=connected"), c.info.toString());
        assertTrue(c.info.contains("bleAddress=C0:FF:EE:00:00:01"), c.info.toString());
        assertTrue(c.info.stream().anyMatch(s -> s.matches("rssi=-\\d+")), c.info.toString());
        link.close();
        pump.get(10, TimeUnit.SECONDS); // close makes pump return normally
        assertFalse(roller.connected(), "closing the link disconnects the roller");
    }

    @Test
    void aConfiguredAddressTakesThatRollerAndAutoTakesAnother() throws Exception {
        bluez.addRoller("C0:FF:EE:00:00:01", LiveRollerSource.factory(1, 1));
        bluez.addRoller("C0:FF:EE:00:00:02", LiveRollerSource.factory(2, 1));
        BleTransport fixed = new BleTransport("c0:ff:ee:00:00:02", settings(20));
        BleTransport auto = new BleTransport("auto", settings(20));
        try (Link a = fixed.connect(); Link b = auto.connect()) {
            assertEquals("C0:FF:EE:00:00:02", fixed.address());
            assertEquals("C0:FF:EE:00:00:01", auto.address(), "auto leaves the configured roller alone");
            assertEquals("ble:auto(C0:FF:EE:00:00:01)", auto.describe());
        }
        BleTransport third = new BleTransport("auto", settings(1));
        IOException none = assertThrows(IOException.class, third::connect, "both rollers are taken");
        assertTrue(none.getMessage().contains("no free roller"), none.getMessage());
        fixed.release();
        auto.release();
    }

    @Test
    void pumpFailsWhenTheRollerDropsAndWhenTheBusGoes() throws Exception {
        SimDevice roller = bluez.addRoller("C0:FF:EE:00:00:01", LiveRollerSource.factory(5, 1));
        BleTransport transport = new BleTransport("auto", settings(20));
        Link link = transport.connect();
        Collector c = new Collector();
        CompletableFuture<Void> pump = c.pump(link);
        c.awaitSize(1);
        roller.dropConnection();
        Exception e = assertThrows(Exception.class, () -> pump.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause().getCause() instanceof IOException, e.toString());
        assertTrue(c.info.contains("bleState=disconnected"), c.info.toString());
        link.close();

        Link again = transport.connect();
        assertEquals(2, roller.connects(), "the same roller, connected again");
        Collector c2 = new Collector();
        CompletableFuture<Void> pump2 = c2.pump(again);
        c2.awaitSize(1);
        assertTrue(c2.packets.get(0) instanceof Hello, "a new connection begins with HELLO");
        bus.kill();
        Exception gone = assertThrows(Exception.class, () -> pump2.get(30, TimeUnit.SECONDS));
        assertTrue(gone.getCause().getCause() instanceof IOException, gone.toString());
        again.close();
        transport.release();
    }

    @Test
    void aPoweredOffAdapterIsSwitchedOn() throws Exception {
        bluez.addRoller("C0:FF:EE:00:00:01", LiveRollerSource.factory(7, 1));
        bluez.adapter().setPowered(false);
        BleTransport transport = new BleTransport("auto", settings(20));
        try (Link link = transport.connect()) {
            assertTrue(bluez.adapter().powered(), "the hub set Powered through org.freedesktop.DBus.Properties.Set");
            assertEquals("C0:FF:EE:00:00:01", transport.address());
        }
        transport.release();
    }

    @Test
    void noRollerIsAnIOExceptionAfterTheScanTimeout() {
        bluez.addDevice(new DeviceSpec("00:00:00:00:00:01", "Roller-FAKE", List.of(), (short) -40), null);
        IOException e = assertThrows(IOException.class, () -> new BleTransport("auto", settings(1)).connect());
        assertTrue(e.getMessage().contains("no free roller"), e.getMessage());
        IOException noBus = assertThrows(IOException.class,
                () -> new BleTransport("auto", new BleSettings("unix:path=/nonexistent/bus", 1, 1)).connect());
        assertTrue(noBus.getMessage().contains("/nonexistent/bus"), "names the missing bus socket: " + noBus.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BleTransport("roller-1"));
    }
}
