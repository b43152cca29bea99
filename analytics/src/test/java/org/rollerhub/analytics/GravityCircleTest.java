package org.rollerhub.analytics;

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
}
