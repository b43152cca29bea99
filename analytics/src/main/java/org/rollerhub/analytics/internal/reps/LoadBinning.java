package org.rollerhub.analytics.internal.reps;

import java.util.Arrays;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * The raw load over a span, averaged into bins of a given length, as the points a fit takes: each
 * bin's mean time (seconds from an origin the caller chose) and mean load, N. The arrays are
 * reused and grow as needed: valid up to the count returned, until the next {@link #collect}.
 * Not thread-safe.
 */
final class LoadBinning {
    private double[] bt = new double[1024];
    private double[] by = new double[1024];

    /** Raw load in [fromUs, toUs], binned to {@code binUs}, seconds from {@code originS}; returns the count. */
    int collect(TimeSeriesRing raw, long fromUs, long toUs, double originS, long binUs) {
        int n = 0;
        long binStart = Long.MIN_VALUE;
        double sum = 0;
        double tsum = 0;
        int k = 0;
        for (int i = Math.max(0, raw.floorIndex(fromUs)); i <= raw.size(); i++) {
            boolean end = i == raw.size() || raw.timeAt(i) > toUs;
            long t = end ? Long.MAX_VALUE : raw.timeAt(i);
            if (!end && t < fromUs) {
                continue;
            }
            if (binStart == Long.MIN_VALUE) {
                binStart = t;
            }
            if (k > 0 && (end || t - binStart >= binUs)) {
                if (n == bt.length) {
                    bt = Arrays.copyOf(bt, n * 2);
                    by = Arrays.copyOf(by, n * 2);
                }
                bt[n] = tsum / k;
                by[n] = sum / k;
                n++;
                sum = 0;
                tsum = 0;
                k = 0;
                binStart = t;
            }
            if (end) {
                break;
            }
            sum += raw.valueAt(i);
            tsum += t / 1e6 - originS;
            k++;
        }
        return n;
    }

    /** The bins' mean times, s from the origin given. */
    double[] times() {
        return bt;
    }

    /** The bins' mean loads, N. */
    double[] values() {
        return by;
    }
}
