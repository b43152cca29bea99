package org.rollerhub.analytics.internal.live;

/**
 * The contact position from IMU samples as they arrive: the bias-corrected gyro rate integrated
 * sample by sample ({@link #relativeCm()}, for slides), and anchored to the merged analysis's
 * position ({@link #absoluteCm()}, for zones): each arrival's integral waits in a FIFO until the
 * merge releases the same sample, whose analysed position then sets the offset between the two.
 * The merge releases IMU samples in arrival order, one for one. Fixed-size ring; bounded. Not
 * thread-safe.
 */
final class ArrivalPosition {
    private final double radiusCm;
    private final long maxStepUs;
    private final double[] fifo;
    private int head;
    private int size;
    private double thetaRad;
    private double lastRateRadS;
    private long lastUs = Long.MIN_VALUE;
    private double offsetCm = Double.NaN;

    /**
     * @param radiusCm the roller's radius, cm
     * @param maxStepUs a gap between samples longer than this is bridged at the last rate for this long, µs
     * @param capacity at least the number of IMU samples the merge can hold
     */
    ArrivalPosition(double radiusCm, long maxStepUs, int capacity) {
        this.radiusCm = radiusCm;
        this.maxStepUs = maxStepUs;
        this.fifo = new double[capacity];
    }

    /** An IMU sample as it arrives: gx and the gyro bias known now, rad/s. */
    void arrive(long tUs, double gxRadS, double biasRadS) {
        double rate = gxRadS - biasRadS;
        if (lastUs != Long.MIN_VALUE && tUs > lastUs) {
            long dt = tUs - lastUs;
            // across a gap the last rate stands in for a short while, then the roller is taken as still
            thetaRad += dt <= maxStepUs ? (rate + lastRateRadS) / 2 * dt / 1e6 : lastRateRadS * maxStepUs / 1e6;
        }
        lastUs = Math.max(lastUs, tUs);
        lastRateRadS = rate;
        if (size == fifo.length) { // more than the merge holds: cannot happen, but stay bounded
            head = (head + 1) % fifo.length;
            size--;
        }
        fifo[(head + size) % fifo.length] = thetaRad;
        size++;
    }

    /** The merge released the oldest waiting IMU sample, which the analysis placed at {@code sCm}. */
    void merged(double sCm) {
        if (size == 0) {
            return;
        }
        double theta = fifo[head];
        head = (head + 1) % fifo.length;
        size--;
        offsetCm = sCm - radiusCm * theta;
    }

    /** The contact's travel since the first sample, cm, + toward the head (only differences mean anything). */
    double relativeCm() {
        return radiusCm * thetaRad;
    }

    /** The contact's position s on the session's scale, cm; NaN until the merge has released a sample. */
    double absoluteCm() {
        return radiusCm * thetaRad + offsetCm;
    }
}
