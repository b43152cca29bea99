package org.rollerhub.sim;

import java.util.SplittableRandom;

/**
 * The IMU on the roller's axis, in the roller's frame. It reads gravity turning with the roller
 * (a = (0, sin θ, cos θ) g at rest), the roller centre's own acceleration while it rolls, and
 * gx = dθ/dt; plus per-axis biases (the gyroscope's wandering slowly), white noise, quantisation
 * to i16 counts and the full-scale limits. Not thread-safe; call with increasing times.
 *
 * <p>Rolling without slip between floor and back, the centre moves over the floor by r·Δθ,
 * toward the feet for a positive turn (the back moves twice as far, so relative to the back the
 * contact point moves r·Δθ toward the head). With world +Y toward the head and +Z up, the centre's
 * acceleration is (0, −r·θ'', 0); the accelerometer reads specific force (0, −r·θ'', g) turned
 * into the roller's frame: (0, −r·θ''·cos θ + g·sin θ, r·θ''·sin θ + g·cos θ).
 */
public final class ImuModel {
    private static final double GYRO_NOISE_DPS_PER_RT_HZ = 0.005;
    private static final double ACCEL_NOISE_G_PER_RT_HZ = 100e-6;
    private static final double GYRO_BIAS_MAX_DPS = 1.0;
    private static final double ACCEL_BIAS_MAX_G = 0.040;
    /** Time constant of the gyroscope bias's wander, s. */
    private static final double BIAS_WANDER_TAU_S = 120;
    /** Spread of the wander around the power-on bias, °/s. */
    private static final double BIAS_WANDER_SIGMA_DPS = 0.15;

    private final SplittableRandom rng;
    private final double radiusM;
    private final double gPerCount;
    private final double dpsPerCount;
    private final double[] accelBiasG = new double[3];
    private final double[] gyroBiasBaseDps = new double[3];
    private final double[] gyroWanderDps = new double[3];
    private double accelSigmaG;
    private double gyroSigmaDps;
    private double lastS = Double.NaN;

    public ImuModel(SimSetup setup, SplittableRandom rng) {
        this.rng = rng;
        this.radiusM = setup.radiusCm() / 100.0;
        this.gPerCount = setup.accelRangeG() / 32768.0;
        this.dpsPerCount = setup.gyroRangeDps() / 32768.0;
        for (int i = 0; i < 3; i++) {
            accelBiasG[i] = ACCEL_BIAS_MAX_G * (2 * rng.nextDouble() - 1);
            gyroBiasBaseDps[i] = (GYRO_BIAS_MAX_DPS - 2 * BIAS_WANDER_SIGMA_DPS) * (2 * rng.nextDouble() - 1);
        }
        setRate(setup.imuHz());
    }

    /** The output data rate changed: the noise bandwidth (half the rate) changes with it. */
    public void setRate(int hz) {
        double bandwidth = Math.sqrt(hz / 2.0);
        accelSigmaG = ACCEL_NOISE_G_PER_RT_HZ * bandwidth;
        gyroSigmaDps = GYRO_NOISE_DPS_PER_RT_HZ * bandwidth;
    }

    /**
     * Writes one sample's six counts (ax, ay, az, gx, gy, gz) into {@code out} at {@code off}.
     *
     * @param tS capture time, s (not decreasing between calls)
     * @param thetaRad roller angle about X
     * @param omega angular rate about X, rad/s
     * @param alpha angular acceleration about X, rad/s²
     */
    public void sample(double tS, double thetaRad, double omega, double alpha, short[] out, int off) {
        wander(tS);
        double c = Math.cos(thetaRad);
        double s = Math.sin(thetaRad);
        double rollG = radiusM * alpha / SimSetup.G;
        double[] a = {0, -rollG * c + s, rollG * s + c};
        double[] w = {Math.toDegrees(omega), 0, 0};
        for (int i = 0; i < 3; i++) {
            double g = a[i] + accelBiasG[i] + accelSigmaG * rng.nextGaussian();
            out[off + i] = clamp(g / gPerCount);
            double dps = w[i] + gyroBiasBaseDps[i] + gyroWanderDps[i] + gyroSigmaDps * rng.nextGaussian();
            out[off + 3 + i] = clamp(dps / dpsPerCount);
        }
    }

    /** Ornstein–Uhlenbeck wander of the gyroscope bias, bounded well inside ±1 °/s. */
    private void wander(double tS) {
        if (!Double.isNaN(lastS) && tS > lastS) {
            double dt = tS - lastS;
            double decay = Math.exp(-dt / BIAS_WANDER_TAU_S);
            double kick = BIAS_WANDER_SIGMA_DPS * Math.sqrt(1 - decay * decay);
            for (int i = 0; i < 3; i++) {
                double v = gyroWanderDps[i] * decay + kick * rng.nextGaussian();
                gyroWanderDps[i] = Math.max(-2 * BIAS_WANDER_SIGMA_DPS, Math.min(2 * BIAS_WANDER_SIGMA_DPS, v));
            }
        }
        lastS = tS;
    }

    private static short clamp(double counts) {
        long n = Math.round(counts);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, n));
    }
}
