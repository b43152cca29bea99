package org.rollerhub.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny body-and-sensor model for tests: a timeline of rests, reps, shifts and fidgets turned
 * into IMU and pressure samples with the imperfections the session model lists (gyro bias,
 * accelerometer bias, noise, breathing, pressure zero offset and drift). Raised-cosine ramps throughout.
 * Times are seconds from the first sample; sample times are µs from {@code t0Us}.
 */
final class SyntheticSession {
    int imuHz = 200;
    int pressureHz = 50;
    double diameterMm = 120;
    double f0N = 200;
    double breathN = 4;
    double breathHz = 0.25;
    double gyroBiasDegS = 0.8;
    double accelBiasG = 0.03;
    double zeroN = 5;
    /** How fast the cells' summed zero drifts, N/s (the model allows up to 3 N a minute). */
    double zeroDriftNps = 0;
    double noiseN = 2;
    long t0Us = 1_000_000;
    long seed = 7;

    /** Piecewise load and rotation: lists of ramps (start s, duration s, delta). */
    private final List<double[]> loadRamps = new ArrayList<>();
    private final List<double[]> rollRamps = new ArrayList<>();
    double t;

    /** Rest (unloaded or loaded, whatever the load is) for {@code s} seconds. */
    SyntheticSession rest(double s) {
        t += s;
        return this;
    }

    /** The user lies down: load goes from 0 to F0 over {@code s} seconds. */
    SyntheticSession lieDown(double s) {
        loadRamps.add(new double[] {t, s, f0N});
        t += s;
        return this;
    }

    SyntheticSession getOff(double s) {
        loadRamps.add(new double[] {t, s, -f0N});
        t += s;
        return this;
    }

    /** A load step of {@code deltaN} over {@code s} seconds (and nothing else). */
    SyntheticSession load(double deltaN, double s) {
        loadRamps.add(new double[] {t, s, deltaN});
        t += s;
        return this;
    }

    /** A rep: rise by {@code lift} N over {@code rise} s, plateau, return; contact moves {@code moveCm} during the rise and back during the return. */
    SyntheticSession rep(double lift, double rise, double plateau, double ret, double moveCm) {
        loadRamps.add(new double[] {t, rise, lift});
        rollRamps.add(new double[] {t, rise, moveCm});
        t += rise + plateau;
        loadRamps.add(new double[] {t, ret, -lift});
        rollRamps.add(new double[] {t, ret, -moveCm});
        t += ret;
        return this;
    }

    /** A roll of {@code cm} over {@code s} seconds. */
    SyntheticSession roll(double cm, double s) {
        rollRamps.add(new double[] {t, s, cm});
        t += s;
        return this;
    }

    private static double ramp(List<double[]> ramps, double ts) {
        double v = 0;
        for (double[] r : ramps) {
            if (ts >= r[0] + r[1]) {
                v += r[2];
            } else if (ts > r[0]) {
                v += r[2] * (1 - Math.cos(Math.PI * (ts - r[0]) / r[1])) / 2;
            }
        }
        return v;
    }

    private static double rampRate(List<double[]> ramps, double ts) {
        double v = 0;
        for (double[] r : ramps) {
            if (ts > r[0] && ts < r[0] + r[1]) {
                v += r[2] * Math.PI / (2 * r[1]) * Math.sin(Math.PI * (ts - r[0]) / r[1]);
            }
        }
        return v;
    }

    /**
     * A shift: a roll of {@code cm} over {@code s} seconds while the load moves by {@code bumpN}
     * (up over its first quarter, back over its last).
     */
    SyntheticSession shift(double cm, double s, double bumpN) {
        rollRamps.add(new double[] {t, s, cm});
        loadRamps.add(new double[] {t, s / 4, bumpN});
        loadRamps.add(new double[] {t + 0.75 * s, s / 4, -bumpN});
        t += s;
        return this;
    }

    double radiusCm() {
        return diameterMm / 20;
    }

    RollerSetup setup() {
        return new RollerSetup(diameterMm, imuHz, pressureHz, 4);
    }

    long us(double s) {
        return t0Us + Math.round(s * 1e6);
    }

    /** The IMU samples of the whole timeline. */
    List<ImuSample> imu() {
        List<ImuSample> out = new ArrayList<>();
        Random rng = new Random(seed);
        double r = radiusCm();
        for (long k = 0; k * 1.0 / imuHz <= t; k++) {
            double ts = k * 1.0 / imuHz;
            double theta = 0.3 + ramp(rollRamps, ts) / r;
            double rate = rampRate(rollRamps, ts) / r;
            double bias = Math.toRadians(gyroBiasDegS) * (1 + 0.2 * Math.sin(ts / 60)); // wandering slowly
            out.add(new ImuSample(us(ts), 0.001 * rng.nextGaussian(),
                    Math.sin(theta) + accelBiasG + 0.001 * rng.nextGaussian(),
                    Math.cos(theta) - accelBiasG + 0.001 * rng.nextGaussian(),
                    rate + bias + Math.toRadians(0.005 * Math.sqrt(imuHz)) * rng.nextGaussian(), 0, 0));
        }
        return out;
    }

    /** The pressure samples (4 cells) of the whole timeline. */
    List<PressureSample> pressure() {
        List<PressureSample> out = new ArrayList<>();
        Random rng = new Random(seed + 1);
        for (long k = 0; k * 1.0 / pressureHz <= t; k++) {
            double ts = k * 1.0 / pressureHz;
            double load = ramp(loadRamps, ts);
            double f = load + (load > 40 ? breathN * Math.sin(2 * Math.PI * breathHz * ts) : 0);
            double[] cells = new double[4];
            for (int c = 0; c < 4; c++) {
                cells[c] = f / 4 + (zeroN + zeroDriftNps * ts) / 4 + noiseN * rng.nextGaussian();
            }
            out.add(new PressureSample(us(ts), cells));
        }
        return out;
    }

    /** Feeds both streams to a fresh analyzer in batches of {@code batch} samples each, interleaved by time. */
    List<SessionEvent> run(AnalyticsSettings settings, int batch) {
        SessionAnalyzer a = new SessionAnalyzer(settings, setup());
        List<ImuSample> imu = imu();
        List<PressureSample> pr = pressure();
        List<SessionEvent> events = new ArrayList<>();
        int i = 0;
        int p = 0;
        while (i < imu.size() || p < pr.size()) {
            boolean imuNext = p >= pr.size() || (i < imu.size() && imu.get(Math.min(imu.size() - 1, i + batch - 1)).tUs()
                    <= pr.get(Math.min(pr.size() - 1, p + batch - 1)).tUs());
            if (imuNext) {
                for (int k = 0; k < batch && i < imu.size(); k++) {
                    events.addAll(a.accept(imu.get(i++)));
                }
            } else {
                for (int k = 0; k < batch && p < pr.size(); k++) {
                    events.addAll(a.accept(pr.get(p++)));
                }
            }
        }
        events.addAll(a.finish());
        return events;
    }

    /**
     * Feeds both streams to a fresh analyzer sample by sample, leaving out those in the holes
     * ({from s, to s} each, from inclusive, to exclusive) as a lossy link would, and reporting the
     * runs of lost packets ({began s, packets, reported at s} each, by report time) as the link
     * reports them: late, and in any order.
     */
    List<SessionEvent> runLosing(AnalyticsSettings settings, double[][] holes, List<double[]> lostRuns) {
        SessionAnalyzer a = new SessionAnalyzer(settings, setup());
        List<SessionEvent> events = new ArrayList<>();
        List<PressureSample> pressure = pressure();
        int p = 0;
        int r = 0;
        for (ImuSample x : imu()) {
            double ts = (x.tUs() - t0Us) / 1e6;
            while (r < lostRuns.size() && lostRuns.get(r)[2] <= ts) {
                double[] run = lostRuns.get(r++);
                events.addAll(a.linkGap(us(run[0]), (int) run[1]));
            }
            while (p < pressure.size() && pressure.get(p).tUs() <= x.tUs()) {
                PressureSample y = pressure.get(p++);
                if (!inHole(holes, (y.tUs() - t0Us) / 1e6)) {
                    events.addAll(a.accept(y));
                }
            }
            if (!inHole(holes, ts)) {
                events.addAll(a.accept(x));
            }
        }
        events.addAll(a.finish());
        return events;
    }

    private static boolean inHole(double[][] holes, double ts) {
        for (double[] h : holes) {
            if (ts >= h[0] && ts < h[1]) {
                return true;
            }
        }
        return false;
    }

    static SessionSummary summary(List<SessionEvent> events) {
        List<SessionSummary> all = summaries(events);
        if (all.size() != 1) {
            throw new AssertionError("expected one session, got " + all.size());
        }
        return all.get(0);
    }

    static List<SessionSummary> summaries(List<SessionEvent> events) {
        List<SessionSummary> out = new ArrayList<>();
        for (SessionEvent e : events) {
            if (e instanceof SessionEvent.SessionEnded ended) {
                out.add(ended.summary());
            }
        }
        return out;
    }
}
