package org.rollerhub.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Button;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.GetInfo;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.RollerPacket;
import org.rollerhub.protocol.StartStream;
import org.rollerhub.protocol.Status;
import org.rollerhub.protocol.StopStream;
import org.rollerhub.protocol.Tare;

/**
 * The roller's firmware over a simulated body: samples the IMU and the pressure cells at their
 * rates, batches them (IMU: about 50 ms, at most 19 samples; pressure: about 100 ms, within a BLE
 * payload), sends STATUS every second of device time with a draining battery, keeps the u16
 * {@code seq} and the u32 µs device clock (which wraps), and answers commands. Time is "sim
 * time": µs since the capture's start; the device clock reads {@code deviceT0 + simUs} mod 2^32.
 * Not thread-safe: one thread drives it.
 */
public final class RollerDevice {
    /** Receives each packet the roller sends, with its send time in sim µs. */
    @FunctionalInterface
    public interface Emitter {
        void emit(RollerPacket packet, long simUs) throws IOException;
    }

    /** Told of each CUE the roller plays (answered ACK 0), at sim time {@code simUs}. */
    @FunctionalInterface
    public interface CuePlayer {
        void play(Cue cue, long simUs);
    }

    private static final long WRAP = 1L << 32;
    /** Largest total of cell values in one PRESSURE body that still fits a BLE payload (244 bytes). */
    private static final int MAX_PRESSURE_VALUES = (244 - 12) / 2;

    private final BodyTimeline timeline;
    private final SimSetup setup;
    private final BodyTimeline.Probe imuProbe;
    private final BodyTimeline.Probe pressureProbe;
    private final ImuModel imu;
    private final PressureModel pressure;
    private final double buttonAtS;
    private final int batteryStartPct;
    private int seq;
    private int imuHz;
    private int pressureHz;
    private boolean streaming = true;
    private final Schedule imuSchedule = new Schedule();
    private final Schedule pressureSchedule = new Schedule();
    private long nextStatusUs = 1_000_000;
    private boolean buttonSent;
    private long nowUs;
    private Actuators actuators = Actuators.LEGACY;
    private CuePlayer cuePlayer = (cue, simUs) -> { };

    /** Sample times of a stream: batch i starts at origin + round(i·n·10^6/rate). */
    private static final class Schedule {
        long originUs;
        long batch;
        int perBatch;
        int rate;

        void restart(long atUs, int hz, int n) {
            originUs = atUs;
            batch = 0;
            rate = hz;
            perBatch = n;
        }

        long batchStartUs() {
            return originUs + Math.round(batch * perBatch * 1e6 / rate);
        }

        long sampleUs(int k) {
            return batchStartUs() + Math.round(k * 1e6 / rate);
        }

        long sendUs() {
            return sampleUs(perBatch - 1);
        }
    }

    /**
     * @param timeline the body's motion
     * @param rng randomness for the sensors and the firmware (split off the scenario's)
     */
    public RollerDevice(BodyTimeline timeline, SplittableRandom rng) {
        this.timeline = timeline;
        this.setup = timeline.scenario().setup();
        this.imuProbe = timeline.probe();
        this.pressureProbe = timeline.probe();
        this.imu = new ImuModel(setup, rng.split());
        this.pressure = new PressureModel(setup, rng.split());
        this.seq = rng.nextInt(65536);
        this.batteryStartPct = 45 + rng.nextInt(56);
        this.buttonAtS = timeline.scenario().leadInS() / 2;
        setRates(setup.imuHz(), setup.pressureHz(), 0);
    }

    public SimSetup setup() {
        return setup;
    }

    /**
     * What the roller plays cues with ({@link Actuators#LEGACY}, predating CUE, unless set) and who
     * is told of each cue played. Takes effect at the next HELLO and the next CUE.
     */
    public void setActuators(Actuators a, CuePlayer player) {
        actuators = a;
        cuePlayer = player;
    }

    public Actuators actuators() {
        return actuators;
    }

    /** Current IMU rate, Hz. */
    public int imuHz() {
        return imuHz;
    }

    /** Current pressure rate, Hz. */
    public int pressureHz() {
        return pressureHz;
    }

    public boolean streaming() {
        return streaming;
    }

    /** Sim time up to which packets have been produced, µs. */
    public long nowUs() {
        return nowUs;
    }

    /** The device clock (u32 µs) at sim time {@code simUs}. */
    public long deviceTimeUs(long simUs) {
        return (setup.deviceT0Us() + simUs) & (WRAP - 1);
    }

    private int nextSeq() {
        int s = seq;
        seq = (seq + 1) & 0xFFFF;
        return s;
    }

    private void setRates(int imuRate, int pressureRate, long atUs) {
        imuHz = imuRate;
        pressureHz = pressureRate;
        imu.setRate(imuRate);
        int imuN = (int) Math.max(1, Math.min(ImuBatch.MAX_SAMPLES, Math.round(imuRate * 0.05)));
        int pressureN = (int) Math.max(1, Math.min(MAX_PRESSURE_VALUES / setup.cells(), Math.round(pressureRate * 0.1)));
        imuSchedule.restart(atUs, imuRate, imuN);
        pressureSchedule.restart(atUs, pressureRate, pressureN);
    }

    /** A HELLO describing the roller now (uses a {@code seq}). */
    public Hello hello() {
        List<Hello.CellCalibration> cells = new ArrayList<>();
        for (int i = 0; i < setup.cells(); i++) {
            cells.add(new Hello.CellCalibration(PressureModel.NEWTONS_PER_COUNT, pressure.zeroCounts(i)));
        }
        return new Hello(nextSeq(), 1, 1, 4, 2, setup.deviceId(), imuHz, setup.accelRangeG(), setup.gyroRangeDps(),
                pressureHz, setup.diameterMm(), setup.lengthMm(), cells, actuators.capabilities());
    }

    /** Produces every packet due up to sim time {@code untilUs}, in send order. */
    public void advanceTo(long untilUs, Emitter out) throws IOException {
        while (true) {
            long imuAt = streaming ? imuSchedule.sendUs() : Long.MAX_VALUE;
            long pressureAt = streaming ? pressureSchedule.sendUs() : Long.MAX_VALUE;
            long buttonAt = buttonSent ? Long.MAX_VALUE : Math.round(buttonAtS * 1e6);
            long next = Math.min(Math.min(imuAt, pressureAt), Math.min(nextStatusUs, buttonAt));
            if (next > untilUs) {
                break;
            }
            nowUs = Math.max(nowUs, next);
            if (next == buttonAt) {
                buttonSent = true;
                out.emit(new Button(nextSeq(), deviceTimeUs(buttonAt), Button.Press.SHORT), next);
            } else if (next == imuAt) {
                out.emit(imuBatch(), next);
            } else if (next == pressureAt) {
                out.emit(pressureBatch(), next);
            } else {
                out.emit(status(next), next);
                nextStatusUs += 1_000_000;
            }
        }
        nowUs = Math.max(nowUs, untilUs);
    }

    private ImuBatch imuBatch() {
        int n = imuSchedule.perBatch;
        short[] counts = new short[n * ImuBatch.AXES];
        for (int k = 0; k < n; k++) {
            double t = imuSchedule.sampleUs(k) / 1e6;
            double theta = imuProbe.theta(t);
            imu.sample(t, theta, imuProbe.omega(), imuProbe.alpha(), counts, k * ImuBatch.AXES);
        }
        long t0 = deviceTimeUs(imuSchedule.batchStartUs());
        imuSchedule.batch++;
        return new ImuBatch(nextSeq(), t0, counts);
    }

    private PressureBatch pressureBatch() {
        int n = pressureSchedule.perBatch;
        int c = setup.cells();
        int[] counts = new int[n * c];
        for (int k = 0; k < n; k++) {
            double t = pressureSchedule.sampleUs(k) / 1e6;
            double load = pressureProbe.load(t);
            pressure.sample(t, load, pressureProbe.lateralMm(t), counts, k * c);
        }
        long t0 = deviceTimeUs(pressureSchedule.batchStartUs());
        pressureSchedule.batch++;
        return new PressureBatch(nextSeq(), t0, c, counts);
    }

    private Status status(long atUs) {
        double minutes = atUs / 60e6;
        int pct = (int) Math.max(0, Math.round(batteryStartPct - minutes / 2.5));
        int mv = 3300 + 9 * pct;
        int temp = (int) Math.round(231 + 15 * (1 - Math.exp(-minutes / 10)));
        int flags = pct < 15 ? Status.BATTERY_LOW : 0;
        return new Status(nextSeq(), mv, pct, temp, flags, 0);
    }

    /**
     * Answers a command at the current sim time: ACK (ok, or unknown command), then what the
     * command asks for, through {@code out}.
     */
    public void handle(HubCommand command, Emitter out) throws IOException {
        if (command instanceof GetInfo) {
            out.emit(new Ack(nextSeq(), command.seq(), Ack.Result.OK), nowUs);
            out.emit(hello(), nowUs);
        } else if (command instanceof StartStream start) {
            if (!validRate(start.imuRateHz(), 5000) || !validRate(start.pressureRateHz(), 1000)) {
                out.emit(new Ack(nextSeq(), command.seq(), Ack.Result.BAD_ARGUMENTS), nowUs);
                return;
            }
            int newImu = start.imuRateHz() == 0 ? imuHz : start.imuRateHz();
            int newPressure = start.pressureRateHz() == 0 ? pressureHz : start.pressureRateHz();
            streaming = true;
            setRates(newImu, newPressure, nowUs + 1);
            out.emit(new Ack(nextSeq(), command.seq(), Ack.Result.OK), nowUs);
        } else if (command instanceof StopStream) {
            streaming = false;
            out.emit(new Ack(nextSeq(), command.seq(), Ack.Result.OK), nowUs);
        } else if (command instanceof Tare) {
            double t = nowUs / 1e6;
            BodyTimeline.Probe probe = timeline.probe();
            pressure.tare(t, probe.load(t), probe.lateralMm(t));
            out.emit(new Ack(nextSeq(), command.seq(), Ack.Result.OK), nowUs);
            out.emit(hello(), nowUs);
        } else if (command instanceof Cue cue && actuators.knowsCue()) {
            boolean can = (!cue.needsVibration() || (actuators.capabilities() & Hello.VIBRATION) != 0)
                    && (!cue.needsLed() || (actuators.capabilities() & Hello.LED) != 0);
            out.emit(new Ack(nextSeq(), command.seq(), can ? Ack.Result.OK : Ack.Result.BAD_ARGUMENTS), nowUs);
            if (can) {
                cuePlayer.play(cue, nowUs);
            }
        } else {
            unknown(command.seq(), out);
        }
    }

    /** ACK "unknown command" to a command of a type this firmware does not know. */
    public void unknown(int commandSeq, Emitter out) throws IOException {
        out.emit(new Ack(nextSeq(), commandSeq, Ack.Result.UNKNOWN_COMMAND), nowUs);
    }

    private static boolean validRate(int hz, int max) {
        return hz >= 0 && hz <= max;
    }
}
