package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The IMU model: gravity turning with the roller, rolling acceleration, gyro rate, full scale. */
class ImuPhysicsTest {
    private static final SimSetup SETUP = new SimSetup(75, 170, "T8", 120, 400, 6, 1000, 100, 4, 500, 1, 0,
            LinkKind.CLEAN);

    /** Mean of n samples of the same state, in physical units: ax, ay, az (g), gx, gy, gz (°/s). */
    private static double[] mean(ImuModel imu, double theta, double omega, double alpha, int n) {
        double[] sum = new double[6];
        short[] out = new short[6];
        for (int i = 0; i < n; i++) {
            imu.sample(i * 0.001, theta, omega, alpha, out, 0);
            for (int k = 0; k < 3; k++) {
                sum[k] += out[k] * 4 / 32768.0 / n;
                sum[k + 3] += out[k + 3] * 500 / 32768.0 / n;
            }
        }
        return sum;
    }

    @Test
    void atRestTheAccelerometerReadsOneGTurningWithTheRoller() {
        for (double theta = -3; theta <= 3; theta += 0.5) {
            ImuModel imu = new ImuModel(SETUP, new SplittableRandom(7));
            double[] a = mean(imu, theta, 0, 0, 2000);
            double magnitude = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
            assertEquals(1.0, magnitude, 0.08, "|a| at θ=" + theta);
            assertEquals(0.0, a[0], 0.045, "nothing along the axis");
            assertEquals(0, Math.IEEEremainder(Math.atan2(a[1], a[2]) - theta, 2 * Math.PI), 0.1, "direction at θ=" + theta);
        }
    }

    @Test
    void biasesAreWithinTheirLimitsAndTheGyroReadsTheRate() {
        for (long seed = 0; seed < 20; seed++) {
            ImuModel imu = new ImuModel(SETUP, new SplittableRandom(seed));
            double[] still = mean(imu, 0, 0, 0, 1000);
            assertTrue(Math.abs(still[3]) <= 1.0 && Math.abs(still[4]) <= 1.0 && Math.abs(still[5]) <= 1.0);
            assertTrue(Math.abs(still[0]) <= 0.045 && Math.abs(still[1]) <= 0.045);
            double[] turning = mean(imu, 0, Math.toRadians(90), 0, 1000);
            assertEquals(90, turning[3] - still[3], 0.2);
        }
    }

    @Test
    void rollingAccelerationShowsAndFullScaleClips() {
        ImuModel imu = new ImuModel(SETUP, new SplittableRandom(3));
        double[] still = mean(imu, 0, 0, 0, 2000);
        double alpha = 20; // rad/s²
        double[] rolling = mean(imu, 0, 0, alpha, 2000);
        // At θ = 0 the centre's acceleration −r·α (toward the feet) shows on −Y.
        assertEquals(-0.06 * alpha / SimSetup.G, rolling[1] - still[1], 0.005);
        double[] fast = mean(imu, 0, Math.toRadians(900), 0, 10);
        assertEquals(32767 * 500 / 32768.0, fast[3], 0.01, "gyro clips at its full scale");
    }
}
