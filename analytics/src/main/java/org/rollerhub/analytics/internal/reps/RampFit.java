package org.rollerhub.analytics.internal.reps;

import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * Least-squares fit of a raised-cosine ramp, {@code F(t) = b + A·g((t − t0)/D)} with
 * {@code g(x) = 0} before, {@code (1 − cos πx)/2} during and 1 after the ramp, to a stretch of
 * load samples: the shape of a rise or return, with breathing and noise averaged out. {@code b}
 * and {@code A} are solved in closed form; {@code t0} and {@code D} by a coarse grid refined once.
 * Flat parts use prefix sums, so a candidate costs only the samples inside its ramp.
 * Work is bounded by the (bounded) number of samples handed in. Not thread-safe (reuses buffers).
 */
final class RampFit {
    /** The fitted ramp: start {@code t0}, seconds; duration {@code d}, seconds; residual. */
    record Ramp(double t0, double d, double sse) {
        double end() {
            return t0 + d;
        }
    }

    private static final int COARSE_STEPS = 16;

    private double[] t = new double[512];
    private double[] f = new double[512];
    private double[] prefF = new double[513];
    private double[] prefFF = new double[513];
    private int n;

    /** Starts a new fit. */
    void clear() {
        n = 0;
    }

    /** Adds a sample (times in seconds, increasing). */
    void add(double tS, double value) {
        if (n == t.length) {
            t = java.util.Arrays.copyOf(t, n * 2);
            f = java.util.Arrays.copyOf(f, n * 2);
            prefF = java.util.Arrays.copyOf(prefF, n * 2 + 1);
            prefFF = java.util.Arrays.copyOf(prefFF, n * 2 + 1);
        }
        t[n] = tS;
        f[n] = value;
        prefF[n + 1] = prefF[n] + value;
        prefFF[n + 1] = prefFF[n] + value * value;
        n++;
    }

    /**
     * Fits a ramp whose middle lies in [{@code midLo}, {@code midHi}] and whose duration lies in
     * [{@code dMin}, {@code dMax}], seconds. Null with fewer than 4 samples.
     */
    Ramp fit(double midLo, double midHi, double dMin, double dMax) {
        if (n < 4) {
            return null;
        }
        double bestC = midLo;
        double bestD = dMin;
        double best = Double.POSITIVE_INFINITY;
        double stepC = Math.max(0.02, (midHi - midLo) / COARSE_STEPS);
        double stepD = Math.max(0.02, (dMax - dMin) / COARSE_STEPS);
        for (double c = midLo; c <= midHi + 1e-9; c += stepC) {
            for (double d = dMin; d <= dMax + 1e-9; d += stepD) {
                double e = sse(c - d / 2, d);
                if (e < best) {
                    best = e;
                    bestC = c;
                    bestD = d;
                }
            }
        }
        // refine around the best cell, once: to a fifth of the coarse step (10-20 ms), plenty for
        // the joint fit's first guess and for the rare rep whose joint fit went astray (a second
        // round changed no evaluation result by more than 50 ms)
        double c0 = bestC;
        double d0 = bestD;
        double sc = stepC / 5;
        double sd = stepD / 5;
        for (int i = -5; i <= 5; i++) {
            for (int j = -5; j <= 5; j++) {
                double c = c0 + i * sc;
                double d = d0 + j * sd;
                if (d < dMin * 0.5 || d <= 0.05 || d > dMax * 1.05) {
                    continue;
                }
                double e = sse(c - d / 2, d);
                if (e < best) {
                    best = e;
                    bestC = c;
                    bestD = d;
                }
            }
        }
        return new Ramp(bestC - bestD / 2, bestD, best);
    }

    /** Residual sum of squares of the best b, A for a ramp from t0 lasting d. */
    private double sse(double t0, double d) {
        int i0 = RaisedCosine.lowerBound(t, n, t0);
        int i1 = RaisedCosine.lowerBound(t, n, t0 + d);
        // before the ramp: g = 0; after: g = 1
        double sg = n - i1;
        double sgg = n - i1;
        double sfg = prefF[n] - prefF[i1];
        double scale = 1 / d;
        for (int i = i0; i < i1; i++) {
            double g = RaisedCosine.at((t[i] - t0) * scale);
            sg += g;
            sgg += g * g;
            sfg += f[i] * g;
        }
        double sf = prefF[n];
        double det = n * sgg - sg * sg;
        if (det <= 1e-12) {
            return Double.POSITIVE_INFINITY;
        }
        double a = (n * sfg - sg * sf) / det;
        double b = (sf - a * sg) / n;
        return prefFF[n] - b * sf - a * sfg;
    }
}
