package org.rollerhub.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a random but realistic scenario from a seed, covering the session model's ranges: rider
 * and roller, sensor rates and full scales, the device clock (often set to wrap mid-session), and
 * 1–3 sessions of reps, holds, compensations, shifts (mostly toward the head), fidgets, leans and
 * excursions into the neck and lumbar zones. The same seed always gives the same scenario.
 */
public final class ScenarioGenerator {
    private static final int[] IMU_RATES = {100, 104, 200, 250, 400, 416, 500, 833, 1000};
    private static final int[] PRESSURE_RATES = {25, 40, 50, 100, 120, 200};
    private static final int[] ACCEL_RANGES = {2, 4, 8, 16};
    /** 250 °/s is left out: a fast shift on a thin roller turns faster than that. */
    private static final int[] GYRO_RANGES = {500, 1000, 2000};
    private static final String[] START_LEVELS = {"T6", "T7", "T7", "T8", "T8", "T8", "T8", "T9", "T9", "T10"};

    /**
     * A shift's load change, fraction of body weight either way: the model keeps the load within
     * 3 % of body weight of F0, and the shared samples show triangular bumps that large, up or down.
     */
    private static final double SHIFT_LOAD_BW = 0.03;

    private ScenarioGenerator() {
    }

    /** The scenario for {@code seed}. */
    public static Scenario generate(long seed) {
        return generate(seed, 0);
    }

    /** The scenario for {@code seed} with {@code sessionsOverride} sessions (0: the seed's 1–3). */
    public static Scenario generate(long seed, int sessionsOverride) {
        SplittableRandom rng = new SplittableRandom(seed);
        double mass = round1(uniform(rng, 45, 120));
        double stature = round1(uniform(rng, 150, 200));
        String startLevel = START_LEVELS[rng.nextInt(START_LEVELS.length)];
        int diameter = 100 + rng.nextInt(51);
        int length = 300 + 10 * rng.nextInt(16);
        int cells = 4 + rng.nextInt(5);
        int imuHz = IMU_RATES[rng.nextInt(IMU_RATES.length)];
        int pressureHz = PRESSURE_RATES[rng.nextInt(PRESSURE_RATES.length)];
        int accel = ACCEL_RANGES[rng.nextInt(ACCEL_RANGES.length)];
        int gyro = GYRO_RANGES[rng.nextInt(GYRO_RANGES.length)];
        long deviceId = rng.nextLong();
        LinkKind link = rng.nextBoolean() ? LinkKind.BLE : LinkKind.SERIAL;
        int drawn = pick(rng, 0.7, 0.22) + 1;
        int sessionCount = sessionsOverride > 0 ? sessionsOverride : drawn;
        double leadIn = uniform(rng, 2, 5);
        double theta0 = uniform(rng, -Math.PI, Math.PI);
        SimSetup provisional = new SimSetup(mass, stature, startLevel, diameter, length, cells, imuHz, pressureHz,
                accel, gyro, deviceId, 0, link);
        SpineMap spine = new SpineMap(stature, startLevel);
        List<SessionPlan> sessions = new ArrayList<>();
        for (int i = 0; i < sessionCount; i++) {
            sessions.add(session(rng, provisional, spine, i == sessionCount - 1));
        }
        // The clock: in about a third of captures it wraps during the first session.
        long t0;
        if (rng.nextDouble() < 0.35) {
            t0 = (1L << 32) - (long) ((leadIn + uniform(rng, 5, 60)) * 1e6);
        } else {
            t0 = rng.nextLong(1L << 32);
        }
        SimSetup setup = new SimSetup(mass, stature, startLevel, diameter, length, cells, imuHz, pressureHz,
                accel, gyro, deviceId, t0, link);
        return new Scenario(setup, leadIn, theta0, sessions);
    }

    /** One session of 1–8 minutes and 3–40 reps. */
    static SessionPlan session(SplittableRandom rng, SimSetup setup, SpineMap spine, boolean last) {
        double f0 = uniform(rng, 0.25, 0.35);
        double drift = uniform(rng, -0.05, 0.05);
        double breathHz = uniform(rng, 0.15, 0.35);
        double swing = uniform(rng, 0.02, 0.06); // peak-to-peak: the model's "swings 1–3 % of body weight" read as amplitude, as in the shared samples
        double lateral = uniform(rng, -30, 30);
        double lieDown = uniform(rng, 1.0, 2.5);
        double getOff = uniform(rng, 1.0, 2.0);
        double away = last ? uniform(rng, 6.5, 10) : uniform(rng, 7, 25);
        double nudge = last ? 0 : uniform(rng, -6, 6);
        double targetS = uniform(rng, 60, 475);
        double restMaxS = uniform(rng, 2.5, 6);
        int maxReps = 3 + rng.nextInt(38);
        double heldShare = uniform(rng, 0.3, 0.85);
        double compensatedShare = uniform(rng, 0.0, 0.35);

        List<Action> actions = new ArrayList<>();
        double t = 0;
        double s = 0;
        t += addRest(rng, actions, uniform(rng, 2.0, 5.0), false);
        if (rng.nextDouble() < 0.15) {
            // Settling in: the roller is not where the user wants it yet.
            double distance = shiftDistance(rng, spine, s);
            double seconds = Math.abs(distance) > 6 ? uniform(rng, 1.5, 3.0) : uniform(rng, 0.5, 2.0);
            actions.add(new Action.Shift(distance, seconds, uniform(rng, -SHIFT_LOAD_BW, SHIFT_LOAD_BW)));
            s += distance;
            t += seconds;
            t += addRest(rng, actions, uniform(rng, 1, 6), true);
        }
        int reps = 0;
        while (reps < 3 || (reps < maxReps && t < targetS - 30)) {
            boolean held = rng.nextDouble() < heldShare;
            boolean compensated = rng.nextDouble() < compensatedShare;
            double rise = uniform(rng, 1, 3);
            double ret = uniform(rng, 1, 2);
            double plateau = held ? uniform(rng, 2.8, 10) : uniform(rng, 0, 1.2);
            double lift = compensated ? uniform(rng, 0.20, 0.35) : uniform(rng, 0.10, 0.20);
            double move = compensated ? -uniform(rng, 1.5, 3.0) : uniform(rng, -0.35, 0.35);
            double back = compensated ? 0 : rng.nextDouble();
            actions.add(new Action.Rep(rise, plateau, ret, lift, move, back));
            s += move * (1 - back);
            t += rise + plateau + ret;
            reps++;
            t += addRest(rng, actions, uniform(rng, 1, restMaxS), true);
            if (rng.nextDouble() < 0.45) {
                double distance = shiftDistance(rng, spine, s);
                boolean longRoll = Math.abs(distance) > 6;
                double seconds = longRoll ? uniform(rng, 1.5, 3.0) : uniform(rng, 0.5, 2.0);
                actions.add(new Action.Shift(distance, seconds, uniform(rng, -SHIFT_LOAD_BW, SHIFT_LOAD_BW)));
                s += distance;
                t += seconds;
                t += addRest(rng, actions, uniform(rng, 1, restMaxS), true);
            }
        }
        if (t < 62) {
            addRest(rng, actions, 62 - t, true);
        }
        return new SessionPlan(f0, drift, breathHz, swing, lateral, lieDown, getOff, away, nudge, actions);
    }

    /** A shift's signed distance: mostly toward the head, back down from the neck, now and then a long roll. */
    private static double shiftDistance(SplittableRandom rng, SpineMap spine, double s) {
        double size = uniform(rng, 1.5, 6.0);
        if (s > spine.neckEdgeCm() - 1.0) {
            return -size; // strayed under the neck: come back
        }
        if (s < spine.lumbarEdgeCm()) {
            return size; // under the lower back: go back up
        }
        if (rng.nextDouble() < 0.04 && s > spine.middleCm(9)) {
            return -uniform(rng, 8, 20); // a long roll down, under the lower back
        }
        return rng.nextDouble() < 0.8 ? size : -size;
    }

    /** Adds a rest of {@code seconds}, sometimes with a fidget or a lean inside; returns its length. */
    private static double addRest(SplittableRandom rng, List<Action> actions, double seconds, boolean allowFidget) {
        double fidget = uniform(rng, 0.6, 1.4);
        if (allowFidget && seconds >= fidget + 2.0 && rng.nextDouble() < 0.3) {
            double before = uniform(rng, 1.0, seconds - fidget - 1.0);
            actions.add(new Action.Rest(before));
            double roll = uniform(rng, 0.1, 0.45) * (rng.nextBoolean() ? 1 : -1);
            double wobble = uniform(rng, 0.02, 0.079) * (rng.nextBoolean() ? 1 : -1);
            actions.add(new Action.Fidget(roll, wobble, fidget));
            actions.add(new Action.Rest(seconds - before - fidget));
        } else if (allowFidget && seconds >= 2.5 && rng.nextDouble() < 0.15) {
            double lean = uniform(rng, 0.8, 1.5);
            double before = uniform(rng, 0.5, seconds - lean - 0.5);
            actions.add(new Action.Rest(before));
            actions.add(new Action.Lean(uniform(rng, -25, 25), lean));
            actions.add(new Action.Rest(seconds - before - lean));
        } else {
            actions.add(new Action.Rest(seconds));
        }
        return seconds;
    }

    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    private static int pick(SplittableRandom rng, double p0, double p1) {
        double u = rng.nextDouble();
        return u < p0 ? 0 : u < p0 + p1 ? 1 : 2;
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
