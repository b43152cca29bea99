package org.rollerhub.analytics.internal.breath;

import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * The least squares behind {@link BreathFit} over one window of samples: the load explained by a
 * level, the breathing's sine and cosine at one rate, one ramp held fixed and one ramp scanned
 * ({@code y = b + A·g1 + B·g2 + s·sin ωt + k·cos ωt}). Everything that does not depend on the
 * scanned ramp is worked out once per window, rate and fixed ramp: the suffix sums of 1, y, the
 * breathing and the fixed ramp, and the fixed columns' Gram matrix and its inverse. A scanned
 * ramp's residual then follows from its products with those columns by the block form of the
 * normal equations. Times in seconds. Not thread-safe (reuses buffers).
 */
final class BreathModel {
    /** Pivot under which the fixed columns' Gram matrix counts as singular. */
    private static final double SINGULAR_PIVOT = 1e-9;

    private double[] t = new double[0];
    private double[] y = new double[0];
    private int n;
    private double yy;
    private double[] sin = new double[0];
    private double[] cos = new double[0];
    private double waveHz = Double.NaN; // the rate sin and cos hold
    private double[] other = new double[0]; // the ramp held fixed while the other is scanned
    // suffix sums (from sample i to the end) of 1, y, sin, cos and the other ramp
    private double[] suffixOnes = new double[1];
    private double[] suffixY = new double[1];
    private double[] suffixSin = new double[1];
    private double[] suffixCos = new double[1];
    private double[] suffixOther = new double[1];
    // whole-window sums of the breathing's columns, at waveHz
    private double sinSin;
    private double sinCos;
    private double cosCos;
    private double sinY;
    private double cosY;
    // the ramps of the last two ranges scanned, on the lattice; stale once other samples come
    private final RampGrid[] grids = {new RampGrid(), new RampGrid()};
    private final boolean[] gridFresh = new boolean[2];
    private int lastGrid;
    private final double[][] fixedGram = new double[4][4];
    private final double[] fixedRhs = new double[4];
    private final double[][] fixedInverse = new double[4][4];
    private final double[] fixedSolution = new double[4];
    private double fixedExplained;
    private final double[] cross = new double[4];
    private final double[] waveProducts = new double[2];
    private double[] offLatticeValues = new double[64]; // a ramp's values, for one evaluated off the lattice
    private final double[] offLatticeSums = new double[3];
    private double lastScannedCoef; // the scanned ramp's coefficient in the last candidate, N

    /** Takes the samples to fit (binned load, times increasing); the arrays are used, not copied, until the next call. */
    void samples(double[] times, double[] values, int count) {
        t = times;
        y = values;
        n = count;
        if (sin.length < n) {
            sin = new double[n];
            cos = new double[n];
            other = new double[n];
            suffixOnes = new double[n + 1];
            suffixY = new double[n + 1];
            suffixSin = new double[n + 1];
            suffixCos = new double[n + 1];
            suffixOther = new double[n + 1];
        }
        waveHz = Double.NaN;
        gridFresh[0] = false;
        gridFresh[1] = false;
        yy = 0;
        for (int i = 0; i < n; i++) {
            yy += y[i] * y[i];
        }
        suffixOnes[n] = 0;
        suffixY[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            suffixOnes[i] = suffixOnes[i + 1] + 1;
            suffixY[i] = suffixY[i + 1] + y[i];
        }
    }

    /** How many samples the window holds. */
    int count() {
        return n;
    }

    /** Σ y² over the window. */
    double yy() {
        return yy;
    }

    /** The breathing's sine at the rate last filled, per sample. */
    double[] sin() {
        return sin;
    }

    /** And its cosine. */
    double[] cos() {
        return cos;
    }

    /** Suffix sums (from sample i to the end) of 1. */
    double[] suffixOnes() {
        return suffixOnes;
    }

    /** Of the load. */
    double[] suffixY() {
        return suffixY;
    }

    /** Of the sine. */
    double[] suffixSin() {
        return suffixSin;
    }

    /** Of the cosine. */
    double[] suffixCos() {
        return suffixCos;
    }

    /** The lattice of {@code range} on the current samples: one of the last two, or a fresh one in the place of the older. */
    RampGrid grid(BreathFit.Range range) {
        for (int k = 0; k < grids.length; k++) {
            if (gridFresh[k] && grids[k].range().equals(range)) {
                lastGrid = k;
                return grids[k];
            }
        }
        int k = 1 - lastGrid;
        grids[k].reset(range, t, y, n);
        gridFresh[k] = true;
        lastGrid = k;
        return grids[k];
    }

    /**
     * The load levels of {@code fit} (on the samples last given), breathing aside, newtons: before
     * the rise, the rise's height, and after the return.
     */
    BreathFit.Levels levels(BreathFit.Fit fit) {
        fillWave(fit.hz());
        fillOther(fit.ret());
        prepare();
        if (!(candidateAt(fit.rise().t0(), fit.rise().d()) < Double.POSITIVE_INFINITY)) {
            return null;
        }
        // the rise's coefficient from the block solution, then the fixed columns' ones
        double rise = lastScannedCoef;
        double[] fixed = new double[4];
        for (int p = 0; p < 4; p++) {
            double u = 0;
            for (int q = 0; q < 4; q++) {
                u += fixedInverse[p][q] * cross[q];
            }
            fixed[p] = fixedSolution[p] - rise * u;
        }
        return new BreathFit.Levels(fixed[0], rise, fixed[0] + rise + fixed[1]);
    }

    /**
     * Least squares of the samples on a level and the wave last filled (columns 1, sin, cos): a
     * solver for their Gram matrix, and their products with the load into {@code rhs}; null when
     * that matrix is singular (a pivot under {@link #SINGULAR_PIVOT}).
     */
    DecompositionSolver waveSolver(double[] rhs) {
        double sinSum = suffixSin[0];
        double cosSum = suffixCos[0];
        double[][] gram = {{n, sinSum, cosSum}, {sinSum, sinSin, sinCos}, {cosSum, sinCos, cosCos}};
        rhs[0] = suffixY[0];
        rhs[1] = sinY;
        rhs[2] = cosY;
        DecompositionSolver solver = new LUDecomposition(MatrixUtils.createRealMatrix(gram), SINGULAR_PIVOT).getSolver();
        return solver.isNonSingular() ? solver : null;
    }

    /** The breathing columns at rate {@code hz}, their suffix sums, and their sums with each other and the load. */
    void fillWave(double hz) {
        if (hz == waveHz) {
            return;
        }
        waveHz = hz;
        double w = 2 * Math.PI * hz;
        for (int i = 0; i < n; i++) {
            sin[i] = Math.sin(w * t[i]);
            cos[i] = Math.cos(w * t[i]);
        }
        // from the end, as the suffix sums
        suffixSin[n] = 0;
        suffixCos[n] = 0;
        sinSin = 0;
        sinCos = 0;
        cosCos = 0;
        sinY = 0;
        cosY = 0;
        for (int i = n - 1; i >= 0; i--) {
            double s = sin[i];
            double c = cos[i];
            suffixSin[i] = suffixSin[i + 1] + s;
            suffixCos[i] = suffixCos[i + 1] + c;
            sinSin += s * s;
            sinCos += s * c;
            cosCos += c * c;
            sinY += s * y[i];
            cosY += c * y[i];
        }
    }

    /** The ramp held fixed: 0 before it, 1 from where its shape reaches 1 on (times ascending, so it stays 1). */
    void fillOther(BreathFit.Ramp ramp) {
        int i = RaisedCosine.lowerBound(t, n, ramp.t0());
        java.util.Arrays.fill(other, 0, i, 0.0);
        for (; i < n; i++) {
            double g = RaisedCosine.at((t[i] - ramp.t0()) / ramp.d());
            other[i] = g;
            if (g == 1.0) {
                java.util.Arrays.fill(other, i + 1, n, 1.0);
                break;
            }
        }
    }

    /**
     * The fixed columns' (1, other ramp, sin, cos) Gram matrix, its inverse, and their products
     * with the load; the other ramp's suffix sums. The breathing's own sums come from
     * {@link #fillWave}, the load's from {@link #samples}.
     */
    void prepare() {
        double otherOther = 0;
        double otherSin = 0;
        double otherCos = 0;
        double otherY = 0;
        suffixOther[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            double o = other[i];
            suffixOther[i] = suffixOther[i + 1] + o;
            otherOther += o * o;
            otherSin += o * sin[i];
            otherCos += o * cos[i];
            otherY += o * y[i];
        }
        double[][] f = fixedGram;
        f[0][0] = n;
        f[0][1] = suffixOther[0];
        f[0][2] = suffixSin[0];
        f[0][3] = suffixCos[0];
        f[1][1] = otherOther;
        f[1][2] = otherSin;
        f[1][3] = otherCos;
        f[2][2] = sinSin;
        f[2][3] = sinCos;
        f[3][3] = cosCos;
        for (int p = 0; p < 4; p++) {
            for (int q = 0; q < p; q++) {
                f[p][q] = f[q][p];
            }
        }
        fixedRhs[0] = suffixY[0];
        fixedRhs[1] = otherY;
        fixedRhs[2] = sinY;
        fixedRhs[3] = cosY;
        invert4(fixedGram, fixedInverse);
        fixedExplained = 0;
        for (int p = 0; p < 4; p++) {
            double v = 0;
            for (int q = 0; q < 4; q++) {
                v += fixedInverse[p][q] * fixedRhs[q];
            }
            fixedSolution[p] = v;
            fixedExplained += v * fixedRhs[p];
        }
    }

    /**
     * Inverse of the symmetric 4×4 {@code a} into {@code inv} (LU with partial pivoting); a
     * singular matrix (a window too short for its columns: a pivot under 1e-9) leaves NaNs, so
     * every candidate then scores as no fit. Once per window and breathing rate, not per candidate.
     */
    private static void invert4(double[][] a, double[][] inv) {
        DecompositionSolver solver = new LUDecomposition(MatrixUtils.createRealMatrix(a), SINGULAR_PIVOT).getSolver();
        if (!solver.isNonSingular()) {
            for (double[] rowOut : inv) {
                java.util.Arrays.fill(rowOut, Double.NaN);
            }
            return;
        }
        double[][] result = solver.getInverse().getData();
        for (int p = 0; p < 4; p++) {
            System.arraycopy(result[p], 0, inv[p], 0, 4);
        }
    }

    /**
     * Residual of the best coefficients with the scanned ramp at lattice point {@code p} of
     * {@code grid}: its rate-free sums from the grid, its products with the breathing worked out
     * here. The other ramp is 1 all over a return and 0 all over a rise ({@code overReturn}), the
     * return starting no earlier than the rise ends.
     */
    double candidate(RampGrid grid, int p, boolean overReturn) {
        int i1 = grid.to(p);
        grid.products(p, sin, cos, waveProducts);
        double inside = grid.sum(p);
        // the scanned ramp g is 0 before its start, 1 from its end on
        return residual(suffixOnes[i1] + inside, suffixOnes[i1] + grid.squares(p),
                suffixOther[i1] + (overReturn ? inside : 0), suffixSin[i1] + waveProducts[0],
                suffixCos[i1] + waveProducts[1], suffixY[i1] + grid.ySum(p));
    }

    /** Residual of the best coefficients with the scanned ramp from {@code a} lasting {@code d}, anywhere. */
    private double candidateAt(double a, double d) {
        int i0 = RaisedCosine.lowerBound(t, n, a);
        int i1 = RaisedCosine.lowerBound(t, n, a + d);
        if (offLatticeValues.length < i1 - i0) {
            offLatticeValues = new double[n];
        }
        RampGrid.evaluate(t, y, i0, i1, a, 1 / d, offLatticeValues, 0, offLatticeSums);
        double gOther = 0;
        double gSin = 0;
        double gCos = 0;
        for (int i = i0; i < i1; i++) {
            double g = offLatticeValues[i - i0];
            gOther += g * other[i];
            gSin += g * sin[i];
            gCos += g * cos[i];
        }
        return residual(suffixOnes[i1] + offLatticeSums[0], suffixOnes[i1] + offLatticeSums[1], suffixOther[i1] + gOther,
                suffixSin[i1] + gSin, suffixCos[i1] + gCos, suffixY[i1] + offLatticeSums[2]);
    }

    /**
     * Residual of the least squares over the columns (1, other, sin, cos, g), given g's products
     * with each of them and with the load; the scanned ramp's coefficient into {@link #lastScannedCoef}
     * and its products with the fixed columns into {@link #cross}.
     */
    private double residual(double g1, double gg, double gOther, double gSin, double gCos, double gy) {
        // by the block form of the normal equations: with F the fixed columns' Gram, v their
        // products with g and r with y, explained = r·F⁻¹r + (g·y − v·F⁻¹r)² / (g·g − v·F⁻¹v)
        double vw = g1 * fixedSolution[0] + gOther * fixedSolution[1] + gSin * fixedSolution[2] + gCos * fixedSolution[3];
        double vFv = 0;
        double[] v = cross;
        v[0] = g1;
        v[1] = gOther;
        v[2] = gSin;
        v[3] = gCos;
        for (int p = 0; p < 4; p++) {
            double row = 0;
            for (int q = 0; q < 4; q++) {
                row += fixedInverse[p][q] * v[q];
            }
            vFv += v[p] * row;
        }
        double schur = gg - vFv;
        if (!(schur > 1e-9)) {
            return Double.POSITIVE_INFINITY;
        }
        double e = gy - vw;
        lastScannedCoef = e / schur;
        return yy - fixedExplained - e * e / schur;
    }
}
