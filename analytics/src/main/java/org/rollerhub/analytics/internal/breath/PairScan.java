package org.rollerhub.analytics.internal.breath;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.MatrixUtils;

/**
 * The pair scan of {@link BreathFit}: the rise and the return placed together on the coarse
 * grid, rather than in turn, for a fit whose alternating scans may both have started in a wrong
 * basin. Not thread-safe (works on the {@link BreathModel}'s window).
 */
final class PairScan {
    private final BreathModel model;
    private final double[] waveProducts = new double[2];

    PairScan(BreathModel model) {
        this.model = model;
    }

    /**
     * The best pairs of ramps on the coarse grid (as a scan's: starts every 0.2 s, durations
     * every 0.4 s; the return starting no earlier than the rise ends), rise and return placed
     * together rather than in turn, at breathing rate {@code hz}: the best, then the best whose rise or return starts
     * {@link #DISTINCT_START_S} or more from every pair already taken, up to {@code count}; empty
     * when there are too few samples or no pair fits. What the alternating scans of {@link BreathFit#fitAt}
     * cannot do: where both of their starts lie in a wrong basin (a long rise into a long return,
     * a breath's rise taken into the rep's), every single-ramp move from there is worse, while the
     * right pair explains the window far better. Two basins can be within a few per cent of each
     * other on the coarse grid and far apart once refined, so several are returned to refine.
     * Each ramp's sums are taken once; a pair then costs a 2×2 solve, because the rise is 1
     * wherever the return has begun. Up to about 15,000 pairs: for doubtful fits only.
     */
    List<BreathFit.Fit> pairScan(double hz, BreathFit.Range riseRange, BreathFit.Range retRange, int count) {
        List<BreathFit.Fit> out = new ArrayList<>();
        if (model.count() < BreathFit.MIN_SAMPLES) {
            return out;
        }
        model.fillWave(hz);
        // least squares over the columns 1, sin, cos (fixed) and the two ramps, by the block form
        // of the normal equations: with F the fixed columns' Gram, r their products with y, and for
        // each ramp v its products with them and u = F⁻¹v, the pair adds to r·F⁻¹r the 2×2 form
        // eᵀS⁻¹e, where S = [g·g] − [v·u] and e = [g·y] − [v·F⁻¹r]; the rise's product with the
        // return is Σ return, the rise being 1 wherever the return has begun
        double[] r = new double[3];
        DecompositionSolver solver = model.waveSolver(r);
        if (solver == null) {
            return out;
        }
        double[] w = solver.solve(MatrixUtils.createRealVector(r)).toArray();
        double explainedByFixed = r[0] * w[0] + r[1] * w[1] + r[2] * w[2];
        double[][] rise = rampSums(riseRange, solver, w);
        double[][] ret = rampSums(retRange, solver, w);
        double[] sse = new double[rise.length * ret.length];
        for (int p = 0; p < rise.length; p++) {
            double[] g1 = rise[p];
            for (int q = 0; q < ret.length; q++) {
                double[] g2 = ret[q];
                int k = p * ret.length + q;
                sse[k] = Double.POSITIVE_INFINITY;
                if (g2[T0] < g1[T0] + g1[D] - 1e-9) {
                    continue;
                }
                double s11 = g1[SCHUR];
                double s22 = g2[SCHUR];
                double s12 = g2[SUM] - (g1[SUM] * g2[U0] + g1[SIN] * g2[U1] + g1[COS] * g2[U2]);
                double det = s11 * s22 - s12 * s12;
                if (!(s11 > 1e-9 && s22 > 1e-9 && det > 1e-9 * s11 * s22)) {
                    continue;
                }
                double e1 = g1[E];
                double e2 = g2[E];
                sse[k] = model.yy() - explainedByFixed - (s22 * e1 * e1 - 2 * s12 * e1 * e2 + s11 * e2 * e2) / det;
            }
        }
        while (out.size() < count) {
            int best = -1;
            for (int k = 0; k < sse.length; k++) {
                if (sse[k] < Double.POSITIVE_INFINITY && (best < 0 || sse[k] < sse[best])
                        && distinct(rise[k / ret.length], ret[k % ret.length], out)) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            double[] g1 = rise[best / ret.length];
            double[] g2 = ret[best % ret.length];
            out.add(new BreathFit.Fit(hz, new BreathFit.Ramp(g1[T0], g1[D]), new BreathFit.Ramp(g2[T0], g2[D]), sse[best]));
        }
        return out;
    }

    /** Pairs whose rise and return both start within this of a pair's already taken are the same basin, s. */
    static final double DISTINCT_START_S = 0.5;

    private static boolean distinct(double[] rise, double[] ret, List<BreathFit.Fit> taken) {
        for (BreathFit.Fit f : taken) {
            if (Math.abs(rise[T0] - f.rise().t0()) < DISTINCT_START_S && Math.abs(ret[T0] - f.ret().t0()) < DISTINCT_START_S) {
                return false;
            }
        }
        return true;
    }

    private static final int T0 = 0;
    private static final int D = 1;
    private static final int SUM = 2; // the ramp's products with 1, sin and cos: v
    private static final int SIN = 3;
    private static final int COS = 4;
    private static final int U0 = 5; // u = F⁻¹v
    private static final int U1 = 6;
    private static final int U2 = 7;
    private static final int SCHUR = 8; // g·g − v·u
    private static final int E = 9; // g·y − v·F⁻¹r

    /**
     * For each ramp of {@code range}'s coarse grid: start, duration, and what a pair needs of it
     * ({@code fixed} solves with the fixed columns' Gram F, {@code w} = F⁻¹r).
     */
    private double[][] rampSums(BreathFit.Range range, DecompositionSolver fixed, double[] w) {
        RampGrid grid = model.grid(range);
        double[] sin = model.sin();
        double[] cos = model.cos();
        double[] suffixOnes = model.suffixOnes();
        double[] suffixY = model.suffixY();
        double[] suffixSin = model.suffixSin();
        double[] suffixCos = model.suffixCos();
        int na = (grid.starts() + BreathFit.COARSE_T0_STEPS - 1) / BreathFit.COARSE_T0_STEPS;
        int nd = (grid.durations() + BreathFit.COARSE_D_STEPS - 1) / BreathFit.COARSE_D_STEPS;
        double[][] out = new double[na * nd][];
        int k = 0;
        for (int ia = 0; ia < grid.starts(); ia += BreathFit.COARSE_T0_STEPS) {
            for (int id = 0; id < grid.durations(); id += BreathFit.COARSE_D_STEPS) {
                // the ramp is 1 from its end on: its sums there are the suffix sums
                int p = grid.slot(ia, id);
                int i1 = grid.to(p);
                grid.products(p, sin, cos, waveProducts);
                double sum = grid.sum(p) + suffixOnes[i1];
                double squares = grid.squares(p) + suffixOnes[i1];
                double sinSum = waveProducts[0] + suffixSin[i1];
                double cosSum = waveProducts[1] + suffixCos[i1];
                double ySum = grid.ySum(p) + suffixY[i1];
                double[] u = fixed.solve(MatrixUtils.createRealVector(new double[] {sum, sinSum, cosSum})).toArray();
                double[] row = new double[10];
                row[T0] = grid.start(ia);
                row[D] = grid.duration(id);
                row[SUM] = sum;
                row[SIN] = sinSum;
                row[COS] = cosSum;
                row[U0] = u[0];
                row[U1] = u[1];
                row[U2] = u[2];
                row[SCHUR] = squares - (sum * u[0] + sinSum * u[1] + cosSum * u[2]);
                row[E] = ySum - (sum * w[0] + sinSum * w[1] + cosSum * w[2]);
                out[k++] = row;
            }
        }
        return out;
    }
}
