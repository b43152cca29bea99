package org.rollerhub.sim.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.sim.Actuators;
import org.rollerhub.sim.BodyTimeline;
import org.rollerhub.sim.CueReaction;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LabelMaker;
import org.rollerhub.sim.Labels;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.RollerDevice;
import org.rollerhub.sim.Scenario;
import org.rollerhub.sim.Simulator;
import org.rollerhub.sim.VirtualUser;

/**
 * A roller streaming live: the same body, sensors and firmware as a generated capture, played in
 * (scaled) real time on its own thread, answering commands. Packets go to the current
 * {@link PacketOutput}; with none attached (disconnected) the person goes on exercising and the
 * packets are not sent anywhere. A new connection gets a HELLO (its transport sends the 0x00
 * first) and the session goes on. Thread-safe.
 *
 * <p>By default the roller predates the CUE command ({@link Actuators#LEGACY}: ACK 1). {@link #equip}
 * gives it actuators and a user who answers cues ({@link VirtualUser}); the cues it played are
 * listed by {@link #cues()} and the reps they reached are marked in {@link #labels()}.
 */
public final class LiveRoller implements AutoCloseable {
    private static final long TICK_NANOS = 2_000_000;

    private final long seed;
    private final double speed;
    private final BodyTimeline timeline;
    private final RollerDevice device;
    private final Object lock = new Object();
    private PacketOutput out;
    private Thread thread;
    private volatile boolean closed;
    private long startNanos;
    private long sent;
    private long disconnects;
    private final List<PlayedCue> cues = new ArrayList<>();
    private VirtualUser user;

    /** A roller playing the random scenario of {@code seed}, at {@code speed} × real time, sending to {@code out}. */
    public LiveRoller(long seed, double speed, PacketOutput out) {
        this(seed, GenerateOptions.defaults(), speed, out);
    }

    /**
     * A roller playing the scenario of {@code seed} and {@code options} (a scripted scenario,
     * rates), at {@code speed} × real time. The link option is ignored: the transport is the link.
     *
     * @param out where packets go, or null to start disconnected
     */
    public LiveRoller(long seed, GenerateOptions options, double speed, PacketOutput out) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.seed = seed;
        this.speed = speed;
        Scenario scenario = Simulator.scenario(seed, options.withLink(LinkKind.CLEAN));
        this.timeline = BodyTimeline.of(scenario, options.style());
        this.device = new RollerDevice(timeline, Simulator.randomStreams(seed).split());
        this.out = out;
    }

    /** A roller playing a scripted scenario. */
    public static LiveRoller of(Scenario scenario, long seed, double speed, PacketOutput out) {
        return new LiveRoller(seed, GenerateOptions.defaults().withScenario(scenario), speed, out);
    }

    /**
     * Gives the roller {@code actuators} and its user {@code reaction} to cues; call before
     * {@link #start}. The user's draws come from a stream of their own, split off {@code seed}'s
     * only here, so an uncued roller plays the same bytes as before.
     */
    public void equip(Actuators actuators, CueReaction reaction) {
        synchronized (lock) {
            if (thread != null) {
                throw new IllegalStateException("equip the roller before it starts");
            }
            user = new VirtualUser(timeline, reaction, new SplittableRandom(seed ^ 0x5C0E_C0E5_C0E5L));
            device.setActuators(actuators, (cue, simUs) -> {
                boolean corrected = user.feel(cue.pattern(), simUs / 1e6);
                cues.add(new PlayedCue(simUs / 1e6, cue, corrected));
            });
        }
    }

    /** The cues played so far (ACK 0), in arrival order. */
    public List<PlayedCue> cues() {
        synchronized (lock) {
            return List.copyOf(cues);
        }
    }

    /** Starts streaming on its own thread: HELLO first, then samples and STATUS as time passes. */
    public void start() {
        synchronized (lock) {
            if (thread != null) {
                throw new IllegalStateException("already started");
            }
            startNanos = System.nanoTime();
            send(device.hello());
            thread = new Thread(this::run, "live-roller-" + seed);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Starts streaming to {@code firstOut} (one HELLO first), as a roller does on its first connection. */
    public void startWith(PacketOutput firstOut) {
        synchronized (lock) {
            out = firstOut;
            start();
        }
    }

    /** Whether {@link #start} has been called. */
    public boolean started() {
        synchronized (lock) {
            return thread != null;
        }
    }

    private void run() {
        while (!closed) {
            synchronized (lock) {
                advance(simNowUs());
            }
            try {
                Thread.sleep(TICK_NANOS / 1_000_000, (int) (TICK_NANOS % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * When sim time {@code simUs} is (or was) due, on {@link System#nanoTime()}'s scale: the moment
     * a sample of that time is taken. Only after {@link #start}.
     */
    public long nanoTimeAt(long simUs) {
        synchronized (lock) {
            return startNanos + (long) (simUs * 1000.0 / speed);
        }
    }

    /** Sim time now, µs since the roller started. */
    private long simNowUs() {
        return (long) ((System.nanoTime() - startNanos) / 1000.0 * speed);
    }

    /** Answers a command from the hub: ACK, then what it asks for. */
    public void onCommand(HubCommand command) {
        synchronized (lock) {
            catchUp();
            try {
                device.handle(command, (p, t) -> send(p));
            } catch (IOException e) {
                throw new IllegalStateException(e); // send() never throws
            }
        }
    }

    /** Answers a command of a type the roller does not know (or not a command at all): ACK unknown. */
    public void onUnknownCommand(int commandSeq) {
        synchronized (lock) {
            catchUp();
            try {
                device.unknown(commandSeq, (p, t) -> send(p));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Brings the device up to now before a command, so that replies follow the samples already due. */
    private void catchUp() {
        if (thread != null) {
            advance(simNowUs());
        }
    }

    /** The connection is gone: packets go nowhere until {@link #reconnect}. */
    public void disconnect() {
        synchronized (lock) {
            out = null;
        }
    }

    /** A new connection: packets go to {@code newOut}, starting with a HELLO; the session goes on. */
    public void reconnect(PacketOutput newOut) {
        synchronized (lock) {
            catchUp();
            out = newOut;
            send(device.hello());
        }
    }

    /** Whether the scripted (or seeded) capture has been fully played. */
    public boolean finished() {
        synchronized (lock) {
            return device.nowUs() >= Math.round(timeline.endS() * 1e6);
        }
    }

    /** How long the scripted capture lasts, seconds of device time. */
    public double scriptedSeconds() {
        return timeline.endS();
    }

    /** Seconds of device time played so far. */
    public double playedSeconds() {
        synchronized (lock) {
            return device.nowUs() / 1e6;
        }
    }

    /** The device id the roller announces in its HELLO. */
    public long deviceId() {
        return device.setup().deviceId();
    }

    /** Current IMU rate, Hz. */
    public int imuHz() {
        synchronized (lock) {
            return device.imuHz();
        }
    }

    /** Current pressure rate, Hz. */
    public int pressureHz() {
        synchronized (lock) {
            return device.pressureHz();
        }
    }

    /** Whether samples are streaming (START_STREAM) or not (STOP_STREAM). */
    public boolean streaming() {
        synchronized (lock) {
            return device.streaming();
        }
    }

    /** Times an output failed and was detached. */
    public long disconnects() {
        synchronized (lock) {
            return disconnects;
        }
    }

    /** What happens in the scripted capture, in the form of generated labels (link: clean, no losses). */
    public Labels labels() {
        synchronized (lock) {
            return LabelMaker.make(seed, timeline, sent, new double[0]);
        }
    }

    private void send(RollerPacket packet) {
        sent++;
        PacketOutput o = out;
        if (o == null) {
            return;
        }
        try {
            o.send(packet);
        } catch (IOException e) {
            out = null;
            disconnects++;
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (lock) {
            t = thread;
            out = null;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Produces the packets due up to sim time {@code us}; caller holds the lock. */
    private void advance(long us) {
        try {
            device.advanceTo(us, (p, t) -> send(p));
        } catch (IOException e) {
            throw new IllegalStateException(e); // send() never throws
        }
    }
}
