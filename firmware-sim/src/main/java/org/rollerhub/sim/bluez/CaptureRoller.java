package org.rollerhub.sim.bluez;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.sim.live.PacketOutput;

/**
 * A roller that replays the packets of a capture ({@code .rlr}), in order and with their own
 * {@code seq}, at a fixed pace, on its own thread. It does not answer commands (a replay cannot
 * change what was recorded); it records them for whoever looks. Deterministic: the same capture
 * gives the same packets, which lets a test compare a BLE run with the capture read as serial.
 */
public final class CaptureRoller implements SimulatedRoller {
    private final List<RollerPacket> packets;
    private final PacketOutput outlet;
    private final long nanosPerPacket;
    private final List<HubCommand> commands = new ArrayList<>();
    private volatile boolean closed;
    private volatile boolean finished;
    private Thread thread;

    /**
     * @param packets what to replay
     * @param packetsPerSecond pace; 0 or less sends as fast as the outlet takes them
     * @param outlet where packets go
     */
    public CaptureRoller(List<RollerPacket> packets, double packetsPerSecond, PacketOutput outlet) {
        this.packets = List.copyOf(packets);
        this.outlet = outlet;
        this.nanosPerPacket = packetsPerSecond > 0 ? (long) (1e9 / packetsPerSecond) : 0;
    }

    /** The roller-to-hub packets of a capture file. */
    public static List<RollerPacket> readCapture(Path file) throws IOException {
        List<RollerPacket> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CaptureReader.read(in, p -> {
                if (p instanceof RollerPacket r) {
                    out.add(r);
                }
            });
        }
        return out;
    }

    /** A factory for devices of the double. */
    public static RollerFactory factory(List<RollerPacket> packets, double packetsPerSecond) {
        return outlet -> new CaptureRoller(packets, packetsPerSecond, outlet);
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::replay, "capture-roller");
        thread.setDaemon(true);
        thread.start();
    }

    private void replay() {
        long next = System.nanoTime();
        for (RollerPacket p : packets) {
            if (closed) {
                return;
            }
            if (nanosPerPacket > 0) {
                next += nanosPerPacket;
                long wait;
                while ((wait = next - System.nanoTime()) > 0 && !closed) {
                    LockSupport.parkNanos(wait);
                }
            }
            try {
                outlet.send(p);
            } catch (IOException e) {
                // No hub listening: this packet is lost, the replay goes on (as the roller's life does).
            }
        }
        finished = true;
    }

    /** Whether every packet of the capture has been sent (or dropped while no hub listened). */
    public boolean finished() {
        return finished;
    }

    @Override
    public synchronized void onCommand(HubCommand command) {
        commands.add(command);
    }

    /** The commands received so far. */
    public synchronized List<HubCommand> commands() {
        return List.copyOf(commands);
    }

    @Override
    public void close() {
        closed = true;
    }
}
