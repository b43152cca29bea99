package org.rollerhub.analytics.internal.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GravityCircleTest {
    private static final double BIAS_Y = 0.035;
    private static final double BIAS_Z = 0.028;

    /** The accelerometer at rest at roller angle {@code theta}: gravity turned, a gain error, the bias, noise; g. */
    private static double[] reading(double theta, Random rng) {
        double gain = 1.01;
        return new double[] {gain * Math.sin(theta) + BIAS_Y + 0.0002 * rng.nextGaussian(),
                gain * Math.cos(theta) + BIAS_Z + 0.0002 * rng.nextGaussian()};
    }

    @Test
    void restsAcrossAnArcTeachTheBiasAndStraightenTheGravityAngle() {
        GravityCircle circle = new GravityCircle();
        Random rng = new Random(3);
        for (int i = 0; i <= 10; i++) {
            double[] m = reading(0.2 + 0.14 * i, rng);
            circle.addRest(m[0], m[1]);
        }
        assertEquals(BIAS_Y, circle.biasYG(), 0.002);
        assertEquals(BIAS_Z, circle.biasZG(), 0.002);
        double[] from = reading(0.3, rng);
        double[] to = reading(1.5, rng);
        double raw = Math.atan2(to[0], to[1]) - Math.atan2(from[0], from[1]);
        double corrected = circle.angle(to[0], to[1]) - circle.angle(from[0], from[1]);
        assertTrue(Math.abs(raw - 1.2) > 0.03, "the bias bends the raw rotation: " + raw);
        assertEquals(1.2, corrected, 0.002);
        assertTrue(circle.rotationDoubtRad(0.3, 1.5) < 0.003, "doubt " + circle.rotationDoubtRad(0.3, 1.5));
    }

    @Test
    void withoutRestsTheDoubtIsTheWholeBiasAndNoCorrectionIsMade() {
        GravityCircle circle = new GravityCircle();
        assertEquals(0, circle.biasYG(), 1e-12);
        assertEquals(0, circle.biasZG(), 1e-12);
        // 40 mg per axis across a chord of 2·sin(0.5) for a 1 rad turn
        assertEquals(0.04 * 2 * Math.sin(0.5), circle.rotationDoubtRad(0, 1), 0.002);
        assertEquals(0, circle.rotationDoubtRad(0.7, 0.7), 1e-12);
    }

    @Test
    void restsAtOneAngleLeaveTheAnswerNearThePrior() {
        GravityCircle circle = new GravityCircle();
        Random rng = new Random(5);
        for (int i = 0; i < 50; i++) {
            double[] m = reading(0.8, rng);
            circle.addRest(m[0], m[1]);
        }
        // one point on a circle cannot place its centre: the estimate stays within the model's range
        assertTrue(Math.hypot(circle.biasYG(), circle.biasZG()) < 0.06);
        assertTrue(circle.rotationDoubtRad(0.8, 1.8) > 0.01, "still doubtful across a new arc");
    }

    /** A rest's whole average at angle {@code theta}: gravity of exactly 1 g, the bias, {@code noiseG} of noise; g. */
    private static double[] average(double theta, double noiseG, Random rng) {
        return new double[] {Math.sin(theta) + BIAS_Y + noiseG * rng.nextGaussian(),
                Math.cos(theta) + BIAS_Z + noiseG * rng.nextGaussian()};
    }

    @Test
    void aShortArcOfRestsIsPlacedRightWithTheRadiusHeldAtOneG() {
        // eight rests over 0.8 rad (5 cm of back on a 6 cm roller), each first read over 0.1 s
        // (0.2 mg of noise) and then averaged over 3 s (0.04 mg): so short an arc cannot tell the
        // radius from the bias along its middle; a radius of 1 g does
        double worst = 0;
        for (int seed = 0; seed < 20; seed++) {
            GravityCircle circle = new GravityCircle();
            Random rng = new Random(seed);
            for (int i = 0; i < 8; i++) {
                double theta = -0.4 + 0.8 * i / 7;
                double[] first = average(theta, 0.0002, rng);
                double[] whole = average(theta, 0.00004, rng);
                circle.addRest(first[0], first[1]);
                circle.addAverage(whole[0], whole[1], 3_000_000);
            }
            double[] from = average(-0.4, 0, rng);
            double[] to = average(0.4, 0, rng);
            worst = Math.max(worst, Math.abs(circle.angle(to[0], to[1]) - circle.angle(from[0], from[1]) - 0.8));
        }
        // 4e-4 rad is 0.024 mm on a 6 cm roller (2.5e-4 when written; the radius left loose, 1.8e-3)
        assertTrue(worst < 4e-4, "worst turn error, rad: " + worst);
    }

    @Test
    void aRestsWholeAverageReplacesItsFirstReading() {
        // the first readings are 3 mg off (a roller still settling), their averages right: once
        // the averages are in, the first readings no longer pull the bias
        GravityCircle circle = new GravityCircle();
        GravityCircle averagesOnly = new GravityCircle();
        Random rng = new Random(13);
        for (int i = 0; i < 10; i++) {
            double theta = 0.3 * i;
            double[] whole = average(theta, 0.00004, rng);
            circle.addRest(whole[0] + 0.003, whole[1] - 0.003);
            circle.addAverage(whole[0], whole[1], 2_000_000);
            averagesOnly.addRest(whole[0], whole[1]);
            averagesOnly.addAverage(whole[0], whole[1], 2_000_000);
        }
        assertEquals(averagesOnly.biasYG(), circle.biasYG(), 1e-9);
        assertEquals(averagesOnly.biasZG(), circle.biasZG(), 1e-9);
        assertEquals(BIAS_Y, circle.biasYG(), 1e-4);
    }

    @Test
    void anAverageTooShortToTrustLeavesTheFirstReadingInPlace() {
        GravityCircle circle = new GravityCircle();
        GravityCircle firstOnly = new GravityCircle();
        Random rng = new Random(17);
        for (int i = 0; i < 6; i++) {
            double[] first = average(0.4 * i, 0.0002, rng);
            circle.addRest(first[0], first[1]);
            circle.addAverage(first[0] + 0.01, first[1], 50_000); // 50 ms: not steadier than the first reading
            firstOnly.addRest(first[0], first[1]);
        }
        assertEquals(firstOnly.biasYG(), circle.biasYG(), 1e-12);
        assertEquals(firstOnly.biasZG(), circle.biasZG(), 1e-12);
    }

    @Test
    void aRadiusOtherThanOneGIsLearnedOnceAWideArcShowsIt() {
        // a 3 % gain error (outside the model; a real accelerometer may have one) over rests spread
        // across 3 rad: held at 1 g, the radius would bend every angle by up to a few milliradians
        double gain = 0.97;
        GravityCircle circle = new GravityCircle();
        Random rng = new Random(19);
        for (int i = 0; i < 12; i++) {
            double theta = -1.5 + 3.0 * i / 11;
            double y = gain * Math.sin(theta) + BIAS_Y + 0.00004 * rng.nextGaussian();
            double z = gain * Math.cos(theta) + BIAS_Z + 0.00004 * rng.nextGaussian();
            circle.addRest(y, z);
            circle.addAverage(y, z, 3_000_000);
        }
        assertEquals(BIAS_Y, circle.biasYG(), 2e-4);
        assertEquals(BIAS_Z, circle.biasZG(), 2e-4);
        double turn = circle.angle(gain * Math.sin(1.4) + BIAS_Y, gain * Math.cos(1.4) + BIAS_Z)
                - circle.angle(gain * Math.sin(-1.4) + BIAS_Y, gain * Math.cos(-1.4) + BIAS_Z);
        assertEquals(2.8, turn, 2e-4);
    }
}
