package org.rollerhub.analytics.internal.signal;

/**
 * The shape of every ramp the fits use: {@code g(u) = (1 − cos πu)/2} from 0 at {@code u = 0} to
 * 1 at {@code u = 1}, 0 before and 1 after. Read from a table (the fits evaluate it millions of
 * times), linearly interpolated: within 1e-5 of the exact value.
 */
public final class RaisedCosine {
    private static final int STEPS = 512;
    private static final double[] TABLE = new double[STEPS + 1];

    static {
        for (int i = 0; i <= STEPS; i++) {
            TABLE[i] = (1 - Math.cos(Math.PI * i / STEPS)) / 2;
        }
    }

    private RaisedCosine() {
    }

    /** g(u). */
    public static double at(double u) {
        if (!(u > 0)) {
            return 0;
        }
        double x = u * STEPS;
        int k = (int) x;
        return k >= STEPS ? 1.0 : TABLE[k] + (TABLE[k + 1] - TABLE[k]) * (x - k);
    }

    /** The first index in {@code t[0..n)} (ascending) whose value is at least {@code x}; n if none. */
    public static int lowerBound(double[] t, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
