package org.rollerhub.analytics.internal.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class RollTrackerTest {
    private static final int IMU_HZ = 200;
    private static final double RADIUS_CM = 6.0;
    private static final double GYRO_BIAS_RAD_S = Math.toRadians(0.8);

    /** Raised-cosine ramp of {@code cm} of contact travel from {@code startS} over {@code durationS}, as rotation. */
    private static double ramp(double t, double startS, double durationS, double cm) {
        double u = Math.min(1, Math.max(0, (t - startS) / durationS));
        return cm / RADIUS_CM * (1 - Math.cos(Math.PI * u)) / 2;
    }

    /**
     * Feeds {@code seconds} of samples of the rotation {@code theta(t)} (rad) with a gyro bias,
     * an accelerometer bias of 40 mg per axis and noise; returns the tracker.
     *
     * @param firstGxSpikeRadS added to the very first gyro reading only
     */
    private static RollTracker track(DoubleUnaryOperator theta, double seconds, double firstGxSpikeRadS) {
        RollTracker roll = new RollTracker(Math.toRadians(1.5), 5.0, IMU_HZ, 60);
        Random rng = new Random(11);
        double dt = 1.0 / IMU_HZ;
        for (int k = 0; k * dt <= seconds; k++) {
            double t = k * dt;
            double th = theta.applyAsDouble(t);
            double rate = (theta.applyAsDouble(t + 1e-4) - theta.applyAsDouble(t - 1e-4)) / 2e-4;
            double gx = rate + GYRO_BIAS_RAD_S + Math.toRadians(0.005 * Math.sqrt(IMU_HZ / 2.0)) * rng.nextGaussian();
            if (k == 0) {
                gx += firstGxSpikeRadS;
            }
            roll.accept(Math.round(t * 1e6), gx,
                    Math.sin(th) + 0.04 + 0.001 * rng.nextGaussian(),
                    Math.cos(th) - 0.04 + 0.001 * rng.nextGaussian());
        }
        return roll;
    }

    @Test
    void aMotionsStartBeforeTheRestTestSeesItIsKept() {
        // the rest test trips once the rate, averaged over 0.1 s, passes 0.2 °/s: by then a slow roll
        // has turned 0.3-0.4 mrad (0.02 mm at r = 6 cm) that a rest does not integrate. Mid-roll, the
        // live position of a roll toward the head and of one toward the feet must be off alike (both
        // by what is not yet known of the accelerometer's bias), not each behind by that turn
        for (double seconds : new double[] {1.0, 3.0}) {
            double towardHead = liveErrorMidRollMm(2.0, seconds);
            double towardFeet = liveErrorMidRollMm(-2.0, seconds);
            assertEquals(towardHead, towardFeet, 0.01, "mm, rolls over " + seconds + " s");
        }
    }

    /** How far the live position is off halfway through a roll of {@code cm} over {@code seconds} after 10 s at rest, mm. */
    private static double liveErrorMidRollMm(double cm, double seconds) {
        DoubleUnaryOperator theta = t -> 0.3 + ramp(t, 10, seconds, cm);
        double midS = 10 + seconds / 2;
        RollTracker roll = track(theta, midS + 0.01, 0);
        double live = roll.thetaAt(Math.round(midS * 1e6)) - roll.thetaAt(9_000_000);
        double truth = theta.applyAsDouble(midS) - theta.applyAsDouble(9.0);
        return 10 * RADIUS_CM * (live - truth);
    }

    @Test
    void aGyroBiasThatStartsFarOffIsStillLearned() {
        // the first reading is 0.6 °/s off: the averaged rate never looks like rest, yet gravity holds still
        DoubleUnaryOperator theta = t -> 0.3 + ramp(t, 20, 1.0, 4.0);
        RollTracker roll = track(theta, 25, Math.toRadians(0.6));
        assertEquals(4.0, RADIUS_CM * (roll.theta() - roll.thetaAt(1_000_000)), 0.01);
    }

    @Test
    void aCreepTooSlowToEndARestIsFollowedAndNotLearnedAsBias() {
        // 0.08 cm over 4 s is 0.19 °/s at r = 6 cm: under the rest threshold; later a 3 cm roll
        DoubleUnaryOperator theta = t -> 0.3 + ramp(t, 8, 4.0, -0.08) + ramp(t, 20, 1.0, 3.0);
        RollTracker creepOnly = track(theta, 16, 0);
        assertEquals(-0.08, RADIUS_CM * (creepOnly.theta() - creepOnly.thetaAt(1_000_000)), 0.01);
        RollTracker roll = track(theta, 25, 0);
        assertEquals(2.92, RADIUS_CM * (roll.theta() - roll.thetaAt(1_000_000)), 0.01);
    }

    @Test
    void samplesLostMidRollAreBridgedByTheRateOnBothSidesNotByOneNoisySample() {
        // 1 kHz: one sample's slope of the rate is gyro noise of about 3 rad/s², which bent a
        // 0.25 s bridge by a millimetre; the slope over 40 ms on each side does not
        int hz = 1000;
        DoubleUnaryOperator theta = t -> 0.3 + ramp(t, 10, 1.5, 3.0);
        double worstMm = 0;
        for (long seed = 1; seed <= 5; seed++) {
            RollTracker roll = new RollTracker(Math.toRadians(1.5), 5.0, hz, 60);
            Random rng = new Random(seed);
            for (int k = 0; k <= 12 * hz; k++) {
                double t = (double) k / hz;
                if (t >= 10.6 && t < 10.85) {
                    continue; // lost mid-roll, at its fastest
                }
                double th = theta.applyAsDouble(t);
                double rate = (theta.applyAsDouble(t + 1e-4) - theta.applyAsDouble(t - 1e-4)) / 2e-4;
                double gx = rate + GYRO_BIAS_RAD_S + Math.toRadians(0.005 * Math.sqrt(hz / 2.0)) * rng.nextGaussian();
                roll.accept(Math.round(t * 1e6), gx, Math.sin(th) + 0.001 * rng.nextGaussian(),
                        Math.cos(th) + 0.001 * rng.nextGaussian());
            }
            // just after the roll, before the rest that follows lets gravity correct it
            double mm = 10 * RADIUS_CM * (roll.thetaAt(11_600_000) - roll.thetaAt(9_000_000));
            worstMm = Math.max(worstMm, Math.abs(mm - 30));
        }
        assertEquals(0, worstMm, 0.2, "mm off just after the roll");
    }

    /** The rests of a tracker so far, by number (1..restId), as it keeps them when asked right after each closes. */
    private static final class RestLog {
        final java.util.List<Rest> rests = new java.util.ArrayList<>();
        private long seen;

        void poll(RollTracker roll) {
            // a rest is read once the next has begun, as RestZoneTime does
            while (seen < roll.rests().restId() - (roll.inRest() ? 1 : 0)) {
                seen++;
                rests.add(roll.rests().rest(seen));
            }
        }
    }

    /** A roll of {@code cm[i]} (1 s long) starting every 4 s at 4·i s, from 0.3 rad; cm[0] is not used. */
    private static DoubleUnaryOperator rollsEveryFourSeconds(double[] cm) {
        return t -> {
            double th = 0.3;
            for (int i = 1; i < cm.length; i++) {
                th += ramp(t, 4.0 * i, 1.0, cm[i]);
            }
            return th;
        };
    }

    /**
     * Feeds 4·{@code rolls} seconds of {@code theta(t)} to a new tracker at {@link #IMU_HZ}, with the
     * gyro's bias and noise and an accelerometer bias of (biasY, biasZ) g plus 1.4 mg of noise, and
     * logs its rests (the one still open at the end too).
     */
    private static RollTracker playRests(DoubleUnaryOperator theta, int rolls, double biasY, double biasZ,
                                         Random rng, RestLog log) {
        RollTracker roll = new RollTracker(Math.toRadians(1.5), 5.0, IMU_HZ, 60);
        double dt = 1.0 / IMU_HZ;
        for (int k = 0; k * dt <= 4.0 * rolls; k++) {
            double t = k * dt;
            double th = theta.applyAsDouble(t);
            double rate = (theta.applyAsDouble(t + 1e-4) - theta.applyAsDouble(t - 1e-4)) / 2e-4;
            roll.accept(Math.round(t * 1e6),
                    rate + GYRO_BIAS_RAD_S + Math.toRadians(0.005 * Math.sqrt(IMU_HZ / 2.0)) * rng.nextGaussian(),
                    Math.sin(th) + biasY + 0.0014 * rng.nextGaussian(), Math.cos(th) + biasZ + 0.0014 * rng.nextGaussian());
            log.poll(roll);
        }
        log.rests.add(roll.rests().rest(roll.rests().restId()));
        return roll;
    }

    @Test
    void theTurnBetweenRestsIsMeasuredByTheirAveragedGravityOnceTheBiasIsKnown() {
        // six rests at angles spread over 4 rad (a session's rolls over ±20 cm at r = 6 cm)
        double[] cm = {0, 10.0, -15.0, 20.0, -8.0, 12.0};
        RestLog log = new RestLog();
        RollTracker roll = playRests(rollsEveryFourSeconds(cm), cm.length, 0.04, -0.04, new Random(5), log);
        assertEquals(cm.length, log.rests.size(), "one rest between each two rolls: " + log.rests);
        Rest first = log.rests.get(0);
        double expected = 0;
        for (int i = 1; i < cm.length; i++) {
            expected += cm[i];
            Rest rest = log.rests.get(i);
            // 0.5 mrad is 0.03 mm at r = 6 cm: each rest's 2.5 s of readings at 1.4 mg of noise average
            // to about 0.06 mrad, and six rests tell the 40 mg bias to a few tenths of a milligram
            assertEquals(expected / RADIUS_CM, roll.rests().turn(first, rest), 5e-4, "rest " + i + ": " + rest);
        }
    }

    @Test
    void restsOverAShortArcArePlacedToHundredthsOfAMillimetre() {
        // a session that stays within 6 cm of where it began (1 rad at r = 6 cm), with the
        // accelerometer's bias at the model's 40 mg: over so short an arc the bias along its middle
        // and the circle's radius look alike; the radius held at 1 g and the rests' whole averages
        // tell them apart (each rest's first 0.1 s with the radius loose: 0.27 mm at worst)
        double[] steps = {0, 2.0, 1.5, -3.0, 2.5, 1.0, -1.5, 2.0, 1.5};
        double worstMm = 0;
        for (int seed = 0; seed < 6; seed++) {
            double biasY = 0.04 * (seed % 2 == 0 ? 1 : -1);
            double biasZ = 0.04 * (seed / 2 % 2 == 0 ? 1 : -1);
            RestLog log = new RestLog();
            RollTracker roll = playRests(rollsEveryFourSeconds(steps), steps.length, biasY, biasZ, new Random(seed), log);
            // measured from the rest at 3 s, as a session measures from the rest it started in
            Rest zero = log.rests.stream().filter(r -> r.firstUs() <= 3_000_000 && r.lastUs() >= 3_000_000)
                    .findFirst().orElseThrow();
            int placed = 0;
            for (Rest rest : log.rests) {
                if (!rest.steady() || rest.firstUs() < zero.firstUs()) {
                    continue;
                }
                double expectedCm = 0;
                for (int i = 1; i < steps.length && 4.0 * i + 1.0 <= rest.firstUs() / 1e6; i++) {
                    expectedCm += steps[i];
                }
                double mm = 10 * RADIUS_CM * roll.rests().turn(zero, rest);
                worstMm = Math.max(worstMm, Math.abs(mm - 10 * expectedCm));
                placed++;
            }
            assertEquals(steps.length, placed, "one rest between each two rolls: " + log.rests);
        }
        assertEquals(0, worstMm, 0.06, "worst rest, mm off (0.04 when written)");
    }

    @Test
    void aRestTheRollerCreepsThroughIsAveragedInPartsThatEachStandForWhereItWas() {
        // 0.1 cm over 6 s is 0.16 °/s at r = 6 cm: under the rest test, so one rest, but 1 mm of travel
        DoubleUnaryOperator theta = t -> 0.3 + ramp(t, 6, 6.0, 0.1);
        RollTracker roll = new RollTracker(Math.toRadians(1.5), 5.0, IMU_HZ, 60);
        RestLog log = new RestLog();
        Random rng = new Random(9);
        double dt = 1.0 / IMU_HZ;
        double[] sums = new double[2]; // true angle summed over each part, for its mean
        java.util.List<Double> trueMeans = new java.util.ArrayList<>();
        long part = 0;
        for (int k = 0; k * dt <= 16; k++) {
            double t = k * dt;
            double th = theta.applyAsDouble(t);
            double rate = (theta.applyAsDouble(t + 1e-4) - theta.applyAsDouble(t - 1e-4)) / 2e-4;
            roll.accept(Math.round(t * 1e6),
                    rate + GYRO_BIAS_RAD_S + Math.toRadians(0.005 * Math.sqrt(IMU_HZ / 2.0)) * rng.nextGaussian(),
                    Math.sin(th) + 0.001 * rng.nextGaussian(), Math.cos(th) + 0.001 * rng.nextGaussian());
            log.poll(roll);
            if (roll.rests().restId() != part) {
                if (part > 0) {
                    trueMeans.add(sums[0] / sums[1]);
                }
                part = roll.rests().restId();
                sums[0] = 0;
                sums[1] = 0;
            }
            sums[0] += th;
            sums[1]++;
        }
        assertTrue(roll.rests().restId() >= 4, "a 1 mm creep is cut into parts: " + roll.rests().restId());
        Rest first = log.rests.get(0);
        for (int i = 1; i < log.rests.size(); i++) {
            Rest rest = log.rests.get(i);
            if (!rest.steady()) {
                continue;
            }
            // each part's average is where the roller was over it, to 0.05 mm: far under the 1 mm crept
            assertEquals(trueMeans.get(i) - trueMeans.get(0), roll.rests().turn(first, rest), 0.05 / RADIUS_CM,
                    "part " + i + " of " + log.rests.size());
        }
    }
}
