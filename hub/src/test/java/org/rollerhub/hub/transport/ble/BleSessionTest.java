package org.rollerhub.hub.transport.ble;

import org.rollerhub.sim.bluez.PrivateBus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.pipeline.RollerPipeline;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.protocol.SerialStreamWriter;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.bluez.BluezDouble;
import org.rollerhub.sim.bluez.LiveRollerSource;
import org.rollerhub.sim.bluez.RollerFactory;
import org.rollerhub.sim.bluez.SimDevice;
import org.rollerhub.sim.live.LiveRoller;

/**
 * Whole sessions over BLE, through the BlueZ double on a private dbus-daemon, with the hub's own
 * link manager and pipeline: the summary equals the one the same packets give over serial; a
 * link dropped mid-session comes back and the session completes; two rollers stream at once.
 */
class BleSessionTest {
    /** Low rates keep the bus traffic small on a shared machine; the session is whole all the same. */
    private static final GenerateOptions RATES = GenerateOptions.defaults().withRates(100, 25);
    /** Wall seconds a test session should take. */
    private static final double WALL_SECONDS = 12;

    private PrivateBus bus;
    private BluezDouble bluez;
    private final List<HubSide> hubs = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        bus = PrivateBus.start();
        bluez = BluezDouble.start(bus.address());
    }

    @AfterEach
    void stop() throws Exception {
        for (HubSide h : hubs) {
            h.finish();
        }
        bluez.close();
        bus.close();
    }

    /** The seed among the first few whose scenario is shortest, so that a whole session plays quickly. */
    private static long shortSeed(int skip) {
        List<long[]> bySeconds = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            LiveRoller r = new LiveRoller(seed, RATES, 1, null);
            bySeconds.add(new long[] {seed, (long) r.scriptedSeconds()});
        }
        bySeconds.sort((a, b) -> Long.compare(a[1], b[1]));
        return bySeconds.get(skip)[0];
    }

    /** A device factory for the live roller of {@code seed} that also keeps every packet that went out as a notification. */
    private static RollerFactory recording(long seed, List<RollerPacket> sent, LiveRoller[] holder) {
        LiveRoller probe = new LiveRoller(seed, RATES, 1, null);
        double speed = Math.max(1, probe.scriptedSeconds() / WALL_SECONDS);
        return outlet -> {
            LiveRoller roller = new LiveRoller(seed, RATES, speed, p -> {
                outlet.send(p);
                sent.add(p);
            });
            holder[0] = roller;
            return new LiveRollerSource(roller, outlet);
        };
    }

    private HubSide hub(String address) {
        HubSide h = new HubSide(new BleTransport(address, new BleSettings(bus.address(), 20, 20))).start();
        hubs.add(h);
        return h;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        // A generous limit so a loaded CI machine never fails it; a healthy run takes seconds.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The summaries the serial path gives for {@code packets}: the roller's stream as COBS frames, decoded. */
    private static List<SessionReport> overSerial(List<RollerPacket> packets) throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try (SerialStreamWriter w = new SerialStreamWriter(wire)) {
            for (RollerPacket p : packets) {
                w.write(p);
            }
        }
        List<SessionReport> reports = new ArrayList<>();
        RollerPipeline[] pipeline = new RollerPipeline[1];
        org.rollerhub.protocol.SerialStreamDecoder[] decoder = new org.rollerhub.protocol.SerialStreamDecoder[1];
        pipeline[0] = new RollerPipeline(AnalyticsSettings.defaults(), null, () -> decoder[0].counters(),
                new RollerPipeline.Listener() {
                    @Override
                    public void onSession(SessionReport report) {
                        reports.add(report);
                    }
                });
        decoder[0] = new org.rollerhub.protocol.SerialStreamDecoder(pipeline[0]);
        CaptureReader.read(new ByteArrayInputStream(wire.toByteArray()), decoder[0], null);
        pipeline[0].finish();
        return reports;
    }

    @Test
    void sessionOverBleEqualsTheSameSessionOverSerial() throws Exception {
        List<RollerPacket> sent = new CopyOnWriteArrayList<>();
        LiveRoller[] roller = new LiveRoller[1];
        SimDevice device = bluez.addRoller("C0:FF:EE:00:00:01", recording(shortSeed(0), sent, roller));
        HubSide hub = hub("auto");

        await("the roller to play its scenario", () -> roller[0] != null && roller[0].finished());
        roller[0].close();
        await("every notification to reach the hub", () -> hub.received.get() == device.notified());
        hub.finish();
        hubs.remove(hub);

        assertEquals(sent.size(), hub.received.get(), "every packet the roller sent arrived, once");
        assertEquals(sent, hub.packets, "in order and intact");
        List<SessionReport> serial = overSerial(sent);
        assertFalse(serial.isEmpty(), "the scenario holds a session");
        assertEquals(serial.size(), hub.reports.size());
        for (int i = 0; i < serial.size(); i++) {
            assertEquals(serial.get(i).sessionId(), hub.reports.get(i).sessionId());
            assertEquals(serial.get(i).summary(), hub.reports.get(i).summary());
            assertEquals(serial.get(i).link().lostPackets(), hub.reports.get(i).link().lostPackets());
        }
        assertEquals(List.of("connected"), hub.states.subList(0, 1));
        assertFalse(hub.rssi.isEmpty(), "RSSI reported for the status topic");
    }

    @Test
    void aLinkDroppedMidSessionComesBackAndTheSessionCompletes() throws Exception {
        List<RollerPacket> sent = new CopyOnWriteArrayList<>();
        LiveRoller[] roller = new LiveRoller[1];
        SimDevice device = bluez.addRoller("C0:FF:EE:00:00:02", recording(shortSeed(0), sent, roller));
        HubSide hub = hub("auto");

        await("the session to be under way", () -> roller[0] != null
                && roller[0].playedSeconds() > roller[0].scriptedSeconds() * 0.4);
        device.dropConnection();
        await("the hub to reconnect", () -> hub.reconnects.get() == 1 && device.connected());
        await("the roller to play its scenario", () -> roller[0].finished());
        roller[0].close();
        await("the last notifications", () -> hub.received.get() == device.notified());
        hub.finish();
        hubs.remove(hub);

        assertEquals(2, device.connects(), "one drop, one reconnect");
        assertTrue(hub.states.contains("disconnected"), "the drop is a link state");
        assertTrue(hub.hellos.size() >= 2, "the roller says HELLO on the new connection");
        // Ground truth: what the roller's scenario holds (the session model's own labels).
        List<org.rollerhub.sim.Labels.Session> truth = roller[0].labels().sessions();
        assertEquals(truth.size(), hub.reports.size(), "the drop neither loses nor splits a session");
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.get(i).durationS(), hub.reports.get(i).summary().durationS(), 1.0,
                    "session " + i + " runs from its start to its end across the drop");
        }
    }

    @Test
    void twoRollersAtOnceEachOnItsOwnLink() throws Exception {
        List<RollerPacket> sentA = new CopyOnWriteArrayList<>();
        List<RollerPacket> sentB = new CopyOnWriteArrayList<>();
        LiveRoller[] a = new LiveRoller[1];
        LiveRoller[] b = new LiveRoller[1];
        SimDevice devA = bluez.addRoller("C0:FF:EE:00:00:0A", recording(shortSeed(0), sentA, a));
        SimDevice devB = bluez.addRoller("C0:FF:EE:00:00:0B", recording(shortSeed(1), sentB, b));
        HubSide hubA = hub("auto");
        HubSide hubB = hub("auto");

        await("both rollers to play their scenarios", () -> a[0] != null && b[0] != null && a[0].finished() && b[0].finished());
        a[0].close();
        b[0].close();
        await("all notifications", () -> hubA.received.get() + hubB.received.get() == devA.notified() + devB.notified());
        hubA.finish();
        hubB.finish();
        hubs.clear();

        assertNotEquals(hubA.hellos.get(0).deviceId(), hubB.hellos.get(0).deviceId(), "two different rollers");
        // Each hub got exactly one roller's stream, whole.
        boolean aFirst = hubA.packets.equals(sentA);
        assertTrue(aFirst ? hubB.packets.equals(sentB) : hubA.packets.equals(sentB) && hubB.packets.equals(sentA),
                "each link carries one roller's packets, whole and in order");
        List<SessionReport> expectA = overSerial(aFirst ? sentA : sentB);
        List<SessionReport> expectB = overSerial(aFirst ? sentB : sentA);
        assertEquals(expectA.stream().map(SessionReport::summary).toList(), hubA.reports.stream().map(SessionReport::summary).toList());
        assertEquals(expectB.stream().map(SessionReport::summary).toList(), hubB.reports.stream().map(SessionReport::summary).toList());
    }
}
