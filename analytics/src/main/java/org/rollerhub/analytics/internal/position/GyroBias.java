package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.internal.signal.RecentStates;

/**
 * The gyro's bias about the roller's axis, learned whenever the roller is still (corrected rate
 * under the still threshold): gx minus the turn rate that gravity sees, averaged. Taking gravity's
 * turn out keeps a rep's slow creep (0.1–0.3 °/s) from being learned as bias, and lets a bias
 * that starts far off be learned at all. The end of a stillness already holds the start of the
 * next motion; what those last moments taught is taken back. Not thread-safe.
 */
final class GyroBias {
    /** Stillness after which the bias is learned: the gravity smoothing has forgotten the motion before, µs. */
    private static final long LEARN_AFTER_US = 500_000;
    /** Time constant of the gravity smoothing used while learning the bias, µs. */
    private static final double GRAVITY_SMOOTHING_US = 100_000;

    private final double stillRateRadS;
    private final double tauUs;
    private final GravityCircle gravity;
    private double bias;
    private long stillSinceUs = Long.MIN_VALUE; // MIN_VALUE: moving
    private double ayLp; // gravity, smoothed over GRAVITY_SMOOTHING_US whatever the motion
    private double azLp;
    private double lastAyLp; // the same at the previous sample
    private double lastAzLp;
    private long learnedUs; // stillness over which the bias has been averaged
    private final RecentStates recent = new RecentStates(RollTracker.SNAPSHOTS, RollTracker.SNAPSHOT_STEP_US, 1);
    private double beforeStill;

    /**
     * @param stillRateRadS corrected rate below which the roller counts as still, rad/s
     * @param tauS time constant of the bias average while still, s
     * @param gravity turns gravity readings into angles, with the accelerometer's bias as known
     */
    GyroBias(double stillRateRadS, double tauS, GravityCircle gravity) {
        this.stillRateRadS = stillRateRadS;
        this.tauUs = tauS * 1e6;
        this.gravity = gravity;
    }

    /** The first sample: the roller lies still before anyone uses it, so gx is the bias; refined while still. */
    void start(long tUs, double gxRadS, double ayG, double azG) {
        bias = gxRadS;
        ayLp = ayG;
        azLp = azG;
        lastAyLp = ayG;
        lastAzLp = azG;
        stillSinceUs = tUs;
    }

    /** The bias, rad/s. */
    double bias() {
        return bias;
    }

    /** Since when the roller has been still, µs; Long.MIN_VALUE while it moves. */
    long stillSinceUs() {
        return stillSinceUs;
    }

    /**
     * Takes one sample, {@code dt} after the last: {@code rate} is gx corrected by the bias so far.
     */
    void update(long tUs, long dt, double rate, double gxRadS, double ayG, double azG) {
        // gravity's direction, always lightly smoothed, for learning the bias while still
        double kLp = Math.min(1.0, dt / GRAVITY_SMOOTHING_US);
        ayLp += (ayG - ayLp) * kLp;
        azLp += (azG - azLp) * kLp;
        if (Math.abs(rate) < stillRateRadS) {
            if (stillSinceUs == Long.MIN_VALUE) {
                stillSinceUs = tUs;
                beforeStill = bias;
            }
            if (tUs - stillSinceUs >= LEARN_AFTER_US) {
                // still: gx is bias plus whatever slow turn gravity sees (a rep's contact creeping at
                // 0.1 °/s); take that turn out and average the rest: a running mean until a time
                // constant's worth has been seen, then a moving one. Gravity, not a rest test, tells
                // bias from creep, so a bias that starts far off is still learned.
                learnedUs += dt;
                double k = Math.min(1.0, dt / Math.min(tauUs, (double) learnedUs));
                double turnRadS = gravity.turn(lastAyLp, lastAzLp, ayLp, azLp) / (dt * 1e-6);
                bias += (gxRadS - turnRadS - bias) * k;
                recent.offer(tUs, bias);
            }
        } else {
            if (stillSinceUs != Long.MIN_VALUE) {
                // the stillness's last moments held the start of this motion: forget what they taught
                double[] before = recent.atOrBefore(tUs - RollTracker.REST_TAIL_US - RollTracker.SNAPSHOT_STEP_US);
                bias = before != null ? before[0] : beforeStill;
                recent.clear();
            }
            stillSinceUs = Long.MIN_VALUE;
        }
        lastAyLp = ayLp;
        lastAzLp = azLp;
    }
}
