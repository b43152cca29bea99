package org.rollerhub.analytics.internal.live;

/**
 * The compensation onset, as a causal state machine over IMU samples as they arrive, with the
 * latest load:
 * <pre>
 * NEUTRAL --load ≥ F0·(1+neutral)--> RISING --load ≥ F0·(1+rise) and slide ≥ slideCm--> FIRED
 *    ^                                  |                                                  |
 *    +------- load < F0·(1+neutral) ----+-------------- load < F0·(1+neutral) -------------+
 * </pre>
 * In NEUTRAL the slide's reference follows the contact; on leaving it, the reference is the
 * highest point (toward the head) the contact reached over the lookback before, and from then on
 * the highest point since; the slide is how far below it the contact is now. One onset per rise: FIRED waits for the load to come back to
 * neutral (the hysteresis between the two load thresholds). Not thread-safe.
 */
final class OnsetDetector {
    private enum State { NEUTRAL, RISING, FIRED }

    private final double riseFraction;
    private final double neutralFraction;
    private final double slideCm;
    private final long lookbackUs;
    /** Recent positions while neutral, for the lookback: times and positions, a ring. */
    private final long[] recentUs;
    private final double[] recentCm;
    private int recentHead;
    private int recentSize;
    private State state = State.NEUTRAL;
    private double referenceCm;

    /**
     * @param lookbackUs how far back the reference looks when the load leaves neutral, µs
     * @param capacity positions kept for the lookback (at least the IMU samples in it)
     */
    OnsetDetector(double riseFraction, double neutralFraction, double slideCm, long lookbackUs, int capacity) {
        this.riseFraction = riseFraction;
        this.neutralFraction = neutralFraction;
        this.slideCm = slideCm;
        this.lookbackUs = lookbackUs;
        this.recentUs = new long[Math.max(1, capacity)];
        this.recentCm = new double[Math.max(1, capacity)];
    }

    /**
     * One IMU sample.
     *
     * @param sCm the contact's position, cm, + toward the head (any fixed origin)
     * @param loadN the latest load, N
     * @param f0N the baseline, N
     * @return the slide, cm, if an onset is found at this sample, else NaN
     */
    double sample(long tUs, double sCm, double loadN, double f0N) {
        remember(tUs, sCm);
        if (!(f0N > 0) || loadN < f0N * (1 + neutralFraction)) {
            state = State.NEUTRAL;
            referenceCm = sCm;
            return Double.NaN;
        }
        if (state == State.NEUTRAL) {
            state = State.RISING;
            referenceCm = highestSince(tUs - lookbackUs);
        }
        referenceCm = Math.max(referenceCm, sCm);
        double slide = referenceCm - sCm;
        if (state == State.RISING && loadN >= f0N * (1 + riseFraction) && slide >= slideCm) {
            state = State.FIRED;
            return slide;
        }
        return Double.NaN;
    }

    private void remember(long tUs, double sCm) {
        int at = (recentHead + recentSize) % recentUs.length;
        if (recentSize == recentUs.length) {
            recentHead = (recentHead + 1) % recentUs.length;
        } else {
            recentSize++;
        }
        recentUs[at] = tUs;
        recentCm[at] = sCm;
    }

    private double highestSince(long fromUs) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < recentSize; i++) {
            int k = (recentHead + i) % recentUs.length;
            if (recentUs[k] >= fromUs) {
                best = Math.max(best, recentCm[k]);
            }
        }
        return best;
    }

    /** Where the slide is measured from, cm (same origin as the positions given). */
    double referenceCm() {
        return referenceCm;
    }

    /** Forgets the rise under way (a session starts or ends). */
    void reset() {
        state = State.NEUTRAL;
        recentSize = 0;
    }
}
