package org.rollerhub.analytics.internal.signal;

/**
 * A fixed-size history of (time, value) pairs in increasing time order, for looking back: value
 * at a past time (linear interpolation), and searches backward. Memory is fixed at construction
 * whatever the capture length. Not thread-safe.
 */
public final class TimeSeriesRing {
    private final long[] times;
    private final double[] values;
    private int size;
    private int head; // next write

    public TimeSeriesRing(int capacity) {
        times = new long[capacity];
        values = new double[capacity];
    }

    public void add(long tUs, double value) {
        times[head] = tUs;
        values[head] = value;
        head = head + 1 == times.length ? 0 : head + 1;
        if (size < times.length) {
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** Physical index of the i-th oldest entry. */
    private int idx(int i) {
        int k = head - size + i;
        return k < 0 ? k + times.length : k;
    }

    public long timeAt(int i) {
        return times[idx(i)];
    }

    public double valueAt(int i) {
        return values[idx(i)];
    }

    /** Index of the last entry at or before {@code tUs}, or -1. */
    public int floorIndex(long tUs) {
        int lo = 0;
        int hi = size - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[idx(mid)] <= tUs) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    /** Value at {@code tUs}, interpolated; clamped to the oldest/newest entry outside the history. */
    public double valueAtTime(long tUs) {
        if (size == 0) {
            return 0;
        }
        int i = floorIndex(tUs);
        if (i < 0) {
            return valueAt(0);
        }
        if (i >= size - 1) {
            return valueAt(size - 1);
        }
        long t0 = timeAt(i);
        long t1 = timeAt(i + 1);
        double v0 = valueAt(i);
        return t1 == t0 ? v0 : v0 + (valueAt(i + 1) - v0) * (double) (tUs - t0) / (t1 - t0);
    }

    /** Smallest value over [fromUs, toUs]; +inf if no entry lies there. */
    public double minBetween(long fromUs, long toUs) {
        return smallestBetween(fromUs, toUs, 1);
    }

    /** Largest value over [fromUs, toUs]; -inf if no entry lies there. */
    public double maxBetween(long fromUs, long toUs) {
        return -smallestBetween(fromUs, toUs, -1);
    }

    /** Smallest of {@code sign} × value over [fromUs, toUs]; +inf if no entry lies there. */
    private double smallestBetween(long fromUs, long toUs, double sign) {
        double m = Double.POSITIVE_INFINITY;
        int i = Math.max(0, floorIndex(fromUs));
        for (; i < size && timeAt(i) <= toUs; i++) {
            if (timeAt(i) >= fromUs) {
                m = Math.min(m, sign * valueAt(i));
            }
        }
        return m;
    }
}
