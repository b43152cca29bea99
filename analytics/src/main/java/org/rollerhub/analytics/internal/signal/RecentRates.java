package org.rollerhub.analytics.internal.signal;

/**
 * The gyro's last corrected rates (time µs, rad/s), for the rate's slope over a short span before
 * a gap of lost samples. Fixed memory: at the highest rates the span is cut to what it holds.
 * Not thread-safe.
 */
public final class RecentRates {
    private static final int CAPACITY = 256;
    private final long[] times = new long[CAPACITY];
    private final double[] rates = new double[CAPACITY];
    private int head; // index of the newest
    private int size;

    public void add(long tUs, double rateRadS) {
        head = (head + 1) % CAPACITY;
        times[head] = tUs;
        rates[head] = rateRadS;
        size = Math.min(size + 1, CAPACITY);
    }

    public void clear() {
        size = 0;
    }

    /**
     * The rate's slope from the oldest sample within {@code spanUs} of the newest to the newest,
     * rad/s²; 0 with fewer than two samples.
     */
    public double slopeOver(long spanUs) {
        if (size < 2) {
            return 0;
        }
        long newest = times[head];
        int k = 1;
        while (k + 1 < size && newest - times[(head - k - 1 + CAPACITY) % CAPACITY] <= spanUs) {
            k++;
        }
        int from = (head - k + CAPACITY) % CAPACITY;
        long dt = newest - times[from];
        return dt > 0 ? (rates[head] - rates[from]) / (dt * 1e-6) : 0;
    }
}
