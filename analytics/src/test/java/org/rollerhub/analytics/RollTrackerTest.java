package org.rollerhub.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
