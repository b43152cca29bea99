package org.rollerhub.analytics.internal.session;

import org.apache.commons.math3.fitting.PolynomialCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * Where a load crossed a threshold, from the samples on both sides of a rough estimate: a cubic
 * (fewer samples: a quadratic or a line) fitted by least squares to the samples within a short
 * window around it, solved for the threshold. Better than the two samples around the crossing
 * on two counts: the noise of one sample (±2 N a cell) no longer moves the time by tens of ms,
 * and lost samples around the crossing are bridged by the curve, not by a straight line or the
 * first sample after them. Called a few times per session (allocates a little); pure.
 */
public final class CrossingFit {
    /** Half-width of the fitted window, µs: the getting-on and -off ramps take a second or more. */
    private static final long HALF_WINDOW_US = 200_000;
    /** Widest half-width when samples are missing around the crossing, µs. */
    private static final long MAX_HALF_WINDOW_US = 500_000;
    /** Samples wanted on each side of the rough crossing. */
    private static final int MIN_SIDE_SAMPLES = 3;
    /** Farthest the fitted crossing may be from the rough one, µs (beyond that the fit is not trusted). */
    private static final long MAX_MOVE_US = 400_000;
    private static final long SCAN_STEP_US = 500;

    private CrossingFit() {
    }

    /**
     * @param loads recent (time µs, load N) samples; read from {@code roughUs − 0.5 s} to {@code roughUs + 0.5 s}
     * @param offsetN subtracted from every load before the comparison (a zero correction), N
     * @param thresholdN the threshold, N
     * @param rising true for a crossing upward, false downward
     * @param roughUs the rough crossing time (between the two samples around it), µs
     * @return the fitted crossing time, µs; {@code roughUs} when the samples do not allow a fit
     */
    public static long refine(TimeSeriesRing loads, double offsetN, double thresholdN, boolean rising, long roughUs) {
        int atRough = loads.floorIndex(roughUs);
        int first = 0;
        int last = -1;
        for (long half = HALF_WINDOW_US; half <= MAX_HALF_WINDOW_US; half += 100_000) {
            first = Math.max(0, loads.floorIndex(roughUs - half) + 1);
            last = loads.floorIndex(roughUs + half);
            int before = atRough - first + 1;
            int after = last - atRough;
            if (before >= MIN_SIDE_SAMPLES && after >= MIN_SIDE_SAMPLES) {
                break;
            }
        }
        int n = last - first + 1;
        if (n < 2 * MIN_SIDE_SAMPLES - 1) {
            return roughUs;
        }
        WeightedObservedPoints points = new WeightedObservedPoints();
        long from = loads.timeAt(first);
        long to = loads.timeAt(last);
        if (from > roughUs || to < roughUs) {
            return roughUs;
        }
        for (int i = first; i <= last; i++) {
            points.add((loads.timeAt(i) - roughUs) / 1e6, loads.valueAt(i) - offsetN - thresholdN);
        }
        int degree = n >= 8 ? 3 : n >= 5 ? 2 : 1;
        double[] c;
        try {
            c = PolynomialCurveFitter.create(degree).withMaxIterations(100).fit(points.toList());
        } catch (RuntimeException e) { // degenerate samples (equal times): keep the rough time
            return roughUs;
        }
        // the crossing of the fitted curve nearest the rough time, in the right direction
        long best = Long.MIN_VALUE;
        long lo = Math.max(from, roughUs - MAX_MOVE_US) - roughUs;
        long hi = Math.min(to, roughUs + MAX_MOVE_US) - roughUs;
        double prev = eval(c, lo / 1e6);
        for (long dt = lo + SCAN_STEP_US; dt <= hi; dt += SCAN_STEP_US) {
            double v = eval(c, dt / 1e6);
            boolean crosses = rising ? prev < 0 && v >= 0 : prev >= 0 && v < 0;
            if (crosses) {
                long at = dt - SCAN_STEP_US + Math.round(SCAN_STEP_US * prev / (prev - v));
                if (best == Long.MIN_VALUE || Math.abs(at) < Math.abs(best)) {
                    best = at;
                }
            }
            prev = v;
        }
        return best == Long.MIN_VALUE ? roughUs : roughUs + best;
    }

    /**
     * The crossing of {@code thresholdN} (after subtracting {@code offsetN}) in the given direction
     * nearest {@code roughUs}, within {@code spanUs} either side, between the two samples around it
     * (linear, also across lost samples: it is only where {@link #refine} looks). Why: the rough
     * crossing was found against a zero that has since been corrected (the zero followed the rider
     * getting on, or drifted over the session), and on a slow ramp the corrected crossing can be
     * far outside {@link #refine}'s window. {@code roughUs} when no sample pair crosses.
     */
    public static long nearest(TimeSeriesRing loads, double offsetN, double thresholdN, boolean rising, long roughUs,
            long spanUs) {
        int first = Math.max(0, loads.floorIndex(roughUs - spanUs));
        int last = loads.floorIndex(roughUs + spanUs);
        long best = roughUs;
        long bestDistance = Long.MAX_VALUE;
        for (int i = first; i < last; i++) {
            double a = loads.valueAt(i) - offsetN - thresholdN;
            double b = loads.valueAt(i + 1) - offsetN - thresholdN;
            boolean crosses = rising ? a <= 0 && b > 0 : a >= 0 && b < 0;
            if (!crosses) {
                continue;
            }
            long ta = loads.timeAt(i);
            long tb = loads.timeAt(i + 1);
            long at = ta + Math.round((tb - ta) * a / (a - b));
            long distance = Math.abs(at - roughUs);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = at;
            }
        }
        return best;
    }

    private static double eval(double[] c, double x) {
        double v = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            v = v * x + c[i];
        }
        return v;
    }
}
