package org.rollerhub.analytics;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The breathing that rides on the load around a rep, so it can be taken out before the rise and
 * return are placed: given a first guess of the rep's shape (rise from {@code a} over {@code d},
 * return from {@code c} over {@code r}; raised-cosine ramps), fits
 * {@code y = b1·(1−g1) + P·(g1−g2) + b2·g2 + s·sin ωt + k·cos ωt} by linear least squares for each
 * breathing rate on a grid over the model's range (0.15–0.35 Hz) and keeps the best.
 * Times in seconds, relative to any origin the caller chose.
 */
final class BreathFit {
    /** A fitted breathing wave: {@code sin·sin(ωt) + cos·cos(ωt)}, newtons. */
    record Breath(double omegaRadS, double sin, double cos) {
        double at(double tS) {
            return sin * Math.sin(omegaRadS * tS) + cos * Math.cos(omegaRadS * tS);
        }
    }

    static final double MIN_HZ = 0.13;
    static final double MAX_HZ = 0.37;
    static final double COARSE_STEP_HZ = 0.01;
    static final double FINE_STEP_HZ = 0.002;

    private BreathFit() {
    }

    /** The best breathing wave over {@code n} samples; null when too few samples to tell. */
    static Breath fit(double[] t, double[] y, int n, double a, double d, double c, double r) {
        if (n < 20 || t[n - 1] - t[0] < 4.0) {
            return null;
        }
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        for (int i = 0; i < n; i++) {
            g1[i] = cosRamp((t[i] - a) / d);
            g2[i] = cosRamp((t[i] - c) / r);
        }
        // a coarse scan of the breathing rate, then a fine one around the best
        Breath best = null;
        double[] bestSse = {Double.POSITIVE_INFINITY};
        double bestHz = MIN_HZ;
        for (double hz = MIN_HZ; hz <= MAX_HZ + 1e-9; hz += COARSE_STEP_HZ) {
            Breath b = solve(t, y, n, g1, g2, hz, bestSse);
            if (b != null) {
                best = b;
                bestHz = hz;
            }
        }
        double centre = bestHz;
        for (double hz = centre - COARSE_STEP_HZ; hz <= centre + COARSE_STEP_HZ + 1e-9; hz += FINE_STEP_HZ) {
            Breath b = solve(t, y, n, g1, g2, hz, bestSse);
            if (b != null) {
                best = b;
            }
        }
        return best;
    }

    /** The wave at {@code hz} if its residual beats {@code bestSse[0]} (which it then updates), else null. */
    private static Breath solve(double[] t, double[] y, int n, double[] g1, double[] g2, double hz, double[] bestSse) {
        double w = 2 * Math.PI * hz;
        double[][] ata = new double[5][5];
        double[] aty = new double[5];
        double[] row = new double[5];
        double yy = 0;
        for (int i = 0; i < n; i++) {
            row[0] = 1 - g1[i];
            row[1] = g1[i] - g2[i];
            row[2] = g2[i];
            row[3] = Math.sin(w * t[i]);
            row[4] = Math.cos(w * t[i]);
            for (int p = 0; p < 5; p++) {
                aty[p] += row[p] * y[i];
                for (int q = p; q < 5; q++) {
                    ata[p][q] += row[p] * row[q];
                }
            }
            yy += y[i] * y[i];
        }
        for (int p = 0; p < 5; p++) {
            for (int q = 0; q < p; q++) {
                ata[p][q] = ata[q][p];
            }
        }
        RealVector x;
        try {
            x = new LUDecomposition(new Array2DRowRealMatrix(ata, false)).getSolver()
                    .solve(new ArrayRealVector(aty, false));
        } catch (SingularMatrixException e) {
            return null;
        }
        double sse = yy;
        for (int p = 0; p < 5; p++) {
            sse -= x.getEntry(p) * aty[p];
        }
        if (sse >= bestSse[0]) {
            return null;
        }
        bestSse[0] = sse;
        return new Breath(w, x.getEntry(3), x.getEntry(4));
    }

    static double cosRamp(double x) {
        return x <= 0 ? 0 : x >= 1 ? 1 : (1 - Math.cos(Math.PI * x)) / 2;
    }
}
