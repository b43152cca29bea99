package org.rollerhub.analytics.internal.signal;

/**
 * Puts IMU and pressure samples, which arrive in separate batches, back into one time order with
 * a bounded delay: a sample is released once the other stream has reached its time, or once its
 * own stream is more than {@code maxLagUs} ahead (the other stream stalled or lost packets).
 * Fixed-size primitive rings; a full ring releases its oldest sample. Not thread-safe.
 */
public final class TimeMerge {
    /** Receives released samples in time order. */
    public interface Consumer {
        void imu(long tUs, double gx, double ay, double az);

        void pressure(long tUs, double forceN);
    }

    private final long maxLagUs;
    private final long[] it;
    private final double[] igx;
    private final double[] iay;
    private final double[] iaz;
    private int ihead;
    private int isize;
    private final long[] pt;
    private final double[] pf;
    private int phead;
    private int psize;
    private long lastImuUs = Long.MIN_VALUE;
    private long lastPressureUs = Long.MIN_VALUE;

    public TimeMerge(long maxLagUs, int imuCapacity, int pressureCapacity) {
        this.maxLagUs = maxLagUs;
        it = new long[imuCapacity];
        igx = new double[imuCapacity];
        iay = new double[imuCapacity];
        iaz = new double[imuCapacity];
        pt = new long[pressureCapacity];
        pf = new double[pressureCapacity];
    }

    public void addImu(long tUs, double gx, double ay, double az, Consumer c) {
        if (isize == it.length) {
            popImu(c);
        }
        int k = (ihead + isize) % it.length;
        it[k] = tUs;
        igx[k] = gx;
        iay[k] = ay;
        iaz[k] = az;
        isize++;
        lastImuUs = Math.max(lastImuUs, tUs);
        drain(c, false);
    }

    public void addPressure(long tUs, double forceN, Consumer c) {
        if (psize == pt.length) {
            popPressure(c);
        }
        int k = (phead + psize) % pt.length;
        pt[k] = tUs;
        pf[k] = forceN;
        psize++;
        lastPressureUs = Math.max(lastPressureUs, tUs);
        drain(c, false);
    }

    /** Releases everything (end of the stream). */
    public void flush(Consumer c) {
        drain(c, true);
    }

    private void drain(Consumer c, boolean all) {
        while (isize > 0 || psize > 0) {
            if (isize > 0 && psize > 0) {
                if (it[ihead] <= pt[phead]) {
                    popImu(c);
                } else {
                    popPressure(c);
                }
            } else if (isize > 0) {
                // no pressure waiting: release IMU the pressure stream has passed, or that waited too long
                if (all || it[ihead] <= lastPressureUs || lastImuUs - it[ihead] > maxLagUs) {
                    popImu(c);
                } else {
                    return;
                }
            } else {
                if (all || pt[phead] <= lastImuUs || lastPressureUs - pt[phead] > maxLagUs) {
                    popPressure(c);
                } else {
                    return;
                }
            }
        }
    }

    private void popImu(Consumer c) {
        int k = ihead;
        ihead = (ihead + 1) % it.length;
        isize--;
        c.imu(it[k], igx[k], iay[k], iaz[k]);
    }

    private void popPressure(Consumer c) {
        int k = phead;
        phead = (phead + 1) % pt.length;
        psize--;
        c.pressure(pt[k], pf[k]);
    }
}
