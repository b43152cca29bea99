package org.rollerhub.sim.bluez;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rollerhub.protocol.RollerPacket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve-bluez}: simulated rollers presented as BlueZ would present them, on a D-Bus bus
 * where this process takes the name {@code org.bluez} (a private {@code dbus-daemon}: never the
 * real system bus while bluetoothd runs). Runs until interrupted.
 */
@Command(name = "serve-bluez", mixinStandardHelpOptions = true,
        description = "Live rollers over a BlueZ double on a (private) D-Bus bus.")
public final class BluezServeCommand implements Callable<Integer> {

    @Option(names = "--bus", description = "D-Bus address of the bus to own org.bluez on "
            + "(default: DBUS_SYSTEM_BUS_ADDRESS)")
    String bus;

    @Option(names = "--rollers", defaultValue = "1", description = "Number of rollers (default: ${DEFAULT-VALUE}).")
    int rollers;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the first roller; the next get seed+1... (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", defaultValue = "1", description = "Times real time (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--capture", description = "Replay this capture (.rlr) instead of a live roller.")
    Path capture;

    @Option(names = "--pace", defaultValue = "200", description = "Packets per second when replaying a capture (default: ${DEFAULT-VALUE}).")
    double pace;

    @Option(names = "--drop-every", description = "Drop each connection after this many seconds (link loss on cue).")
    Double dropEverySeconds;

    @Override
    public Integer call() throws Exception {
        String address = bus != null ? bus : System.getenv("DBUS_SYSTEM_BUS_ADDRESS");
        if (address == null || address.isBlank()) {
            System.err.println("serve-bluez: give --bus ADDRESS (a private dbus-daemon) or set DBUS_SYSTEM_BUS_ADDRESS");
            return 2;
        }
        List<RollerPacket> packets = capture == null ? null : CaptureRoller.readCapture(capture);
        try (BluezDouble bluez = BluezDouble.start(address)) {
            List<SimDevice> devices = new ArrayList<>();
            for (int i = 0; i < rollers; i++) {
                String mac = String.format(Locale.ROOT, "C0:FF:EE:00:%02X:%02X", (i >> 8) & 0xFF, (i + 1) & 0xFF);
                RollerFactory factory = packets != null ? CaptureRoller.factory(packets, pace)
                        : LiveRollerSource.factory(seed + i, speed);
                SimDevice d = bluez.addRoller(mac, factory);
                devices.add(d);
                System.out.println("roller " + d.spec().name() + " " + mac + " at " + d.getObjectPath());
            }
            System.out.println("org.bluez owned on " + address + " as " + bluez.uniqueName());
            System.out.flush();
            if (dropEverySeconds != null) {
                Thread dropper = new Thread(() -> dropLoop(devices), "bluez-dropper");
                dropper.setDaemon(true);
                dropper.start();
            }
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private void dropLoop(List<SimDevice> devices) {
        long[] since = new long[devices.size()];
        while (true) {
            long now = System.nanoTime();
            for (int i = 0; i < devices.size(); i++) {
                SimDevice d = devices.get(i);
                if (!d.connected()) {
                    since[i] = 0;
                } else if (since[i] == 0) {
                    since[i] = now;
                } else if (now - since[i] > dropEverySeconds * 1e9) {
                    System.out.println("dropping " + d.spec().address());
                    d.dropConnection();
                    since[i] = 0;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
