package org.rollerhub.analytics;

/**
 * The roller's rotation about its axis, from the gyroscope, robust to a wandering gyro bias:
 * the bias of gx is learned (slow average of gx) whenever the roller is still, and the rotation
 * is the integral of bias-corrected gx. Stillness is a bias-corrected rate under the still
 * threshold. The accelerometer is not integrated: while rolling it also reads the roller's own
 * acceleration, and its ±40 mg bias would bend the angle; instead, at each true rest the rotation
 * since the previous rest is fused with the change of the gravity angle {@code atan2(ay, az)},
 * weighted by their doubts (see {@link #atRest}; lost or clipped samples raise the gyro's).
 * Keeps {@code theta} history for look-ups. Not thread-safe.
 */
final class RollTracker {
    private static final long HISTORY_STEP_US = 5_000;
    /** Averaging of the corrected rate for the rest test, µs. */
    private static final double RATE_AVG_TAU_US = 100_000;
    /**
     * Averaged corrected rate under which the roller is taken to be at rest: 0.2 °/s. Low enough
     * that the slow creep of the contact during a rep's rise (0.1–0.3 °/s) is integrated rather
     * than absorbed into the bias; gyro white noise averaged over 0.1 s is far below it.
     */
    private static final double REST_RATE_RAD_S = Math.toRadians(0.2);
    /** Time at rest before the integration stops (zero-velocity update), µs. */
    private static final long ZUPT_AFTER_US = 300_000;
    /** Stillness after which the bias is followed even without true rest, µs. */
    private static final long SLOW_BIAS_AFTER_US = 3_000_000;
    /** Rates above this that repeat exactly are taken as a clipped gyro (full scale 250 °/s or more), rad/s. */
    private static final double SATURATION_CHECK_RAD_S = Math.toRadians(200);
    /** Twice the largest accelerometer bias across gravity (40 mg on two axes), rad. */
    private static final double GRAVITY_BIAS_RAD = 0.06;
    /** The gravity angle's noise after averaging at rest, rad. */
    private static final double GRAVITY_NOISE_RAD = 0.003;
    /** How far the bias-corrected gyro integral may drift per second of motion (bias wander), rad/s. */
    private static final double GYRO_DRIFT_RAD_PER_S = 0.0035;
    /** The gyro integral's doubt over a quick roll, rad. */
    private static final double GYRO_DOUBT_RAD = 0.001;
    /** Extra doubt of the gyro's bridge over lost samples: this times the gap's length squared, rad/s². */
    private static final double GAP_DOUBT_RAD_PER_S2 = 0.5;

    private final double stillRateRadS;
    private final double biasTauUs;
    private final long gapUs;
    private final TimeSeriesRing history;

    private boolean started;
    private long lastUs;
    private double lastRate;
    private double bias;
    private double theta;
    private long stillSinceUs = Long.MIN_VALUE; // MIN_VALUE: moving
    private long lastStoredUs = Long.MIN_VALUE;
    private double rateAvg;
    private double lastGx;
    private boolean saturatedSinceRest;
    private double lastSlope; // d(rate)/dt at the last sample, rad/s²
    private double pendingGapS; // a gap just bridged, waiting for the slope after it
    private double pendingSlope;
    private long restingSinceUs = Long.MIN_VALUE;

    // gap bridging with the gravity angle
    private boolean haveRest;
    private boolean inRest;
    private long lastRestUs;
    private double gapDoubt;
    private double restAy; // gravity direction at the latest rest
    private double restAz;
    private double restTheta;
    private double ayAvg;
    private double azAvg;

    /**
     * @param stillRateRadS rate below which the roller counts as still
     * @param biasTauS time constant of the bias average while still
     * @param imuRateHz nominal rate (a step over 3 periods is a gap)
     * @param historySeconds how far back {@link #thetaAt} can look
     */
    RollTracker(double stillRateRadS, double biasTauS, int imuRateHz, double historySeconds) {
        this.stillRateRadS = stillRateRadS;
        this.biasTauUs = biasTauS * 1e6;
        this.gapUs = Math.max(3_000_000L / Math.max(1, imuRateHz), 3_000);
        this.history = new TimeSeriesRing((int) (historySeconds * 1e6 / HISTORY_STEP_US) + 16);
    }

    /** Takes one sample in time order. */
    void accept(long tUs, double gxRadS, double ayG, double azG) {
        if (!started) {
            started = true;
            lastUs = tUs;
            bias = gxRadS; // the roller lies still before anyone uses it; refined while still
            lastRate = 0;
            ayAvg = ayG;
            azAvg = azG;
            stillSinceUs = tUs;
            history.add(tUs, theta);
            lastStoredUs = tUs;
            return;
        }
        long dt = tUs - lastUs;
        if (dt <= 0) {
            return;
        }
        double rate = gxRadS - bias;
        // a short average of the corrected rate tells true rest from slow rolling, despite noise
        rateAvg += (rate - rateAvg) * Math.min(1.0, dt / RATE_AVG_TAU_US);
        boolean resting = Math.abs(rateAvg) < REST_RATE_RAD_S;
        if (resting && restingSinceUs == Long.MIN_VALUE) {
            restingSinceUs = tUs;
        } else if (!resting) {
            restingSinceUs = Long.MIN_VALUE;
        }
        boolean zeroVelocity = resting && tUs - restingSinceUs >= ZUPT_AFTER_US;
        if (Math.abs(gxRadS) > SATURATION_CHECK_RAD_S && gxRadS == lastGx) {
            // the same reading twice at speed: the gyro is clipped at its full scale and under-reads;
            // the rotation is re-measured by gravity at the next rest
            saturatedSinceRest = true;
        }
        lastGx = gxRadS;
        double slope = (rate - lastRate) / (dt * 1e-6);
        if (pendingGapS > 0) {
            // the sample after a gap: with the rate's slope on both sides of the gap known, the
            // trapezoid bridge becomes a cubic (Hermite) one: add h²·(m0 − m1)/12
            theta += pendingGapS * pendingGapS * (pendingSlope - slope) / 12;
            pendingGapS = 0;
        }
        if (!zeroVelocity) {
            // at rest the rotation is not integrated: what the gyro reads then is bias (and its lag)
            theta += 0.5 * (rate + lastRate) * dt * 1e-6;
        }
        if (dt > gapUs && !zeroVelocity) {
            pendingGapS = dt * 1e-6;
            // a bridge's error grows fast with its length: nothing over a packet at 1 kHz, much over half a second
            gapDoubt += GAP_DOUBT_RAD_PER_S2 * pendingGapS * pendingGapS;
            pendingSlope = lastSlope;
            slope = 0; // unknown across the gap
        }
        lastSlope = slope;
        lastRate = rate;
        lastUs = tUs;
        if (Math.abs(rate) < stillRateRadS) {
            if (stillSinceUs == Long.MIN_VALUE) {
                stillSinceUs = tUs;
            }
            long still = tUs - stillSinceUs;
            if (still >= 200_000) {
                // learn the bias only at true rest: slow rolling (a rep's small contact travel) under
                // the still threshold would otherwise be absorbed into the bias and lost. A long
                // stillness that never reaches true rest means the bias itself moved: follow slowly.
                if (zeroVelocity) {
                    bias += (gxRadS - bias) * Math.min(1.0, dt / biasTauUs);
                } else if (still >= SLOW_BIAS_AFTER_US) {
                    bias += (gxRadS - bias) * Math.min(1.0, dt / (5 * biasTauUs));
                }
            }
        } else {
            stillSinceUs = Long.MIN_VALUE;
        }
        // gravity direction, averaged at true rest (its noise and bias are the same at each rest)
        if (zeroVelocity) {
            double ka = Math.min(1.0, dt / 100_000.0);
            ayAvg += (ayG - ayAvg) * ka;
            azAvg += (azG - azAvg) * ka;
            if (tUs - restingSinceUs >= ZUPT_AFTER_US + 200_000) {
                atRest();
            }
        } else {
            ayAvg = ayG;
            azAvg = azG;
            inRest = false;
        }
        if (tUs - lastStoredUs >= HISTORY_STEP_US) {
            history.add(tUs, theta);
            lastStoredUs = tUs;
        }
    }

    /**
     * At rest. On arriving at a rest, the rotation since the previous rest is measured twice — by
     * the gyro's integral and by the change of the gravity angle — and the two are fused by their
     * doubts: the gyro's grows with the time it integrated (its bias wanders) and with lost or
     * clipped samples; the gravity angle's with the rotation (the accelerometer's bias, up to
     * ±40 mg an axis, bends a rotation of Δ by up to about 0.11·|sin(Δ/2)| rad). So a long slow
     * creep is held by gravity and a quick roll by the gyro.
     */
    private void atRest() {
        if (!inRest && haveRest) {
            double byGravity = wrap(Math.atan2(ayAvg, azAvg) - Math.atan2(restAy, restAz));
            double byGyro = theta - restTheta;
            // the gravity angle only knows rotation modulo a turn: take the turn count from the gyro
            double turns = Math.rint((byGyro - byGravity) / (2 * Math.PI));
            double byGravityUnwrapped = byGravity + turns * 2 * Math.PI;
            double gyroDoubt = GYRO_DRIFT_RAD_PER_S * (lastUs - lastRestUs) / 1e6 + GYRO_DOUBT_RAD
                    + gapDoubt + (saturatedSinceRest ? Math.PI : 0);
            double gravityDoubt = GRAVITY_BIAS_RAD * Math.abs(Math.sin(byGyro / 2)) + GRAVITY_NOISE_RAD;
            double wg = 1 / (gyroDoubt * gyroDoubt);
            double wa = 1 / (gravityDoubt * gravityDoubt);
            theta = restTheta + (wg * byGyro + wa * byGravityUnwrapped) / (wg + wa);
            history.add(lastUs, theta);
            lastStoredUs = lastUs;
        }
        inRest = true;
        gapDoubt = 0;
        saturatedSinceRest = false;
        haveRest = true;
        restAy = ayAvg;
        restAz = azAvg;
        restTheta = theta;
        lastRestUs = lastUs;
    }

    private static double wrap(double a) {
        return Math.IEEEremainder(a, 2 * Math.PI);
    }

    /** Rotation about X since the first sample, rad (bias-corrected gyro integral). */
    double theta() {
        return theta;
    }

    /** Rotation at a past device time, rad. */
    double thetaAt(long tUs) {
        return history.valueAtTime(tUs);
    }

    /** Smallest rotation over [from, to], rad. */
    double minThetaBetween(long fromUs, long toUs) {
        return Math.min(history.minBetween(fromUs, toUs), thetaAt(fromUs));
    }

    /**
     * The last time at or before {@code tUs} at which the rotation was within {@code tolRad} of
     * {@code thetaRef}, searching back at most to {@code notBeforeUs}; {@code tUs} if none.
     */
    long lastTimeNear(double thetaRef, double tolRad, long tUs, long notBeforeUs) {
        for (int i = history.floorIndex(tUs); i >= 0 && history.timeAt(i) >= notBeforeUs; i--) {
            if (Math.abs(history.valueAt(i) - thetaRef) <= tolRad) {
                return history.timeAt(i);
            }
        }
        return tUs;
    }

    /** Whether the roller is still right now. */
    boolean still() {
        return stillSinceUs != Long.MIN_VALUE;
    }

    /** How long it has been still, µs (0 when moving). */
    long stillForUs() {
        return stillSinceUs == Long.MIN_VALUE ? 0 : lastUs - stillSinceUs;
    }
}
