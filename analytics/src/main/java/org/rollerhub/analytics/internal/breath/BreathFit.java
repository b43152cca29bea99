package org.rollerhub.analytics.internal.breath;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * A rep's rise and return placed together with the breathing that rides on the load around it.
 * The model over the window is {@code y = b + A·g1 + B·g2 + s·sin ωt + k·cos ωt}, with {@code g1} the rise (a raised-cosine
 * ramp from 0 to 1 starting at {@code a}, lasting {@code d}) and {@code g2} the return (likewise
 * from {@code c} over {@code r}); b, A, B, s, k by linear least squares for every candidate.
 *
 * <p>Why jointly: breathing swings the load by up to 3 % of body weight either way, a quarter of
 * F0 peak to peak, at 0.15–0.35 Hz, so half a breath looks much like a rise. Fitting the ramps
 * first and the breathing to what is left locks onto such a half breath; the joint least squares
 * does not. For each breathing rate tried, the rise and the return are scanned in turn (a coarse
 * grid, then a fine one around the best), twice. Every ramp tried lies on a lattice of 25 ms
 * ({@link RampGrid}), whose ramps are worked out once per window and then cost, at each rate,
 * only their products with the breathing over the samples inside them: the sums over the flat
 * parts come from suffix sums. A session's first reps are fitted at 25 rates, and most of their
 * ramps recur from rate to rate.
 *
 * <p>Times in seconds, relative to any origin the caller chose. Not thread-safe (reuses buffers).
 */
public final class BreathFit {
    /** Fewest samples a window must hold to be fitted: the joint fit has nine parameters. */
    public static final int MIN_SAMPLES = 12;
    /** Pivot under which the fixed columns' Gram matrix counts as singular. */
    private static final double SINGULAR_PIVOT = 1e-9;
    /** A ramp's start and duration, seconds. */
    public record Ramp(double t0, double d) {
        double end() {
            return t0 + d;
        }
    }

    /** Where a ramp may lie: start in [t0Lo, t0Hi], duration in [dLo, dHi], seconds. */
    public record Range(double t0Lo, double t0Hi, double dLo, double dHi) {
    }

    /** The joint answer: the breathing rate, the ramps placed with the breathing taken into account, and the residual. */
    public record Fit(double hz, Ramp rise, Ramp ret, double sse) {
    }

    /** The coarse grid of a scan and of the pair scan: ramp starts every 0.2 s, durations every 0.4 s. */
    private static final double COARSE_T0_STEP_S = 0.2;
    private static final double COARSE_D_STEP_S = 0.4;

    /** The breathing rates tried when nothing is known yet: the model's 0.15–0.35 Hz and a margin. */
    public static final double MIN_HZ = 0.13;
    public static final double STEP_HZ = 0.01;
    public static final int GRID = 25;

    /** Lattice steps of a scan: coarse (0.2 s in start, 0.4 s in duration), fine (0.1 s), and the fine round's reach (±0.3 s, ±0.4 s). */
    private static final int COARSE_T0_STEPS = (int) Math.round(COARSE_T0_STEP_S / RampGrid.STEP_S);
    private static final int COARSE_D_STEPS = (int) Math.round(COARSE_D_STEP_S / RampGrid.STEP_S);
    private static final int FINE_STEPS = 4;
    private static final int FINE_T0_REACH = 12;
    private static final int FINE_D_REACH = 16;

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
    public void samples(double[] times, double[] values, int count) {
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

    /**
     * The best joint fit at breathing rate {@code hz}, starting the scans from {@code rise0} and
     * {@code ret0}; null when there are too few samples. The return starts no earlier than the rise
     * ends. Ramps are placed on {@link RampGrid}'s lattice, from each range's low corner.
     */
    public Fit fitAt(double hz, Ramp rise0, Ramp ret0, Range riseRange, Range retRange) {
        return fit(hz, rise0, ret0, riseRange, retRange, 0);
    }

    /**
     * Like {@link #fitAt}, but the ramps are searched only near {@code rise0} and {@code ret0}
     * (the fine round alone; they are taken to the nearest lattice point): for a rate a few mHz
     * from one already fitted, where the ramps barely move, at about a third of the cost.
     */
    public Fit refineAt(double hz, Ramp rise0, Ramp ret0, Range riseRange, Range retRange) {
        return fit(hz, rise0, ret0, riseRange, retRange, 1);
    }

    /** Rounds {@code firstRound}..1 of the alternating scans (round 0 the coarse one). */
    private Fit fit(double hz, Ramp rise0, Ramp ret0, Range riseRange, Range retRange, int firstRound) {
        if (n < MIN_SAMPLES) {
            return null;
        }
        fillWave(hz);
        Ramp rise = rise0;
        Ramp ret = ret0;
        double sse = Double.POSITIVE_INFINITY;
        for (int round = firstRound; round < 2; round++) {
            boolean coarse = round == 0;
            fillOther(ret);
            Scan r1 = scan(riseRange, rise, coarse, false, Double.NEGATIVE_INFINITY, ret.t0());
            if (r1 != null) {
                rise = r1.ramp;
                sse = r1.sse;
            }
            fillOther(rise);
            Scan r2 = scan(retRange, ret, coarse, true, rise.end(), Double.POSITIVE_INFINITY);
            if (r2 != null) {
                ret = r2.ramp;
                sse = r2.sse;
            }
        }
        return sse < Double.POSITIVE_INFINITY ? new Fit(hz, rise, ret, sse) : null;
    }

    private record Scan(Ramp ramp, double sse) {
    }

    /**
     * The ramp of {@code range} that best explains the load with the other ramp fixed; starts at
     * or after {@code startMin} and ends at or before {@code endMax}. A coarse scan covers the
     * whole range, a fine one the lattice near {@code start}; either then looks four times finer
     * around its best. {@code overReturn}: the scanned ramp is the return (the rise, held fixed,
     * is 1 all over it), else the rise (the return is 0 all over it).
     */
    private Scan scan(Range range, Ramp start, boolean coarse, boolean overReturn, double startMin, double endMax) {
        RampGrid grid = grid(range);
        prepare();
        int lastA = grid.starts() - 1;
        int lastD = grid.durations() - 1;
        int a0 = 0;
        int a1 = lastA;
        int d0 = 0;
        int d1 = lastD;
        int stepA = COARSE_T0_STEPS;
        int stepD = COARSE_D_STEPS;
        if (!coarse) {
            int sa = grid.startIndex(start.t0());
            int sd = grid.durationIndex(start.d());
            a0 = Math.max(0, sa - FINE_T0_REACH);
            a1 = Math.min(lastA, sa + FINE_T0_REACH);
            d0 = Math.max(0, sd - FINE_D_REACH);
            d1 = Math.min(lastD, sd + FINE_D_REACH);
            stepA = FINE_STEPS;
            stepD = FINE_STEPS;
        }
        double bestSse = Double.POSITIVE_INFINITY;
        int bestA = -1;
        int bestD = -1;
        for (int pass = 0; pass < 2; pass++) {
            for (int ia = a0; ia <= a1; ia += stepA) {
                double a = grid.start(ia);
                if (a < startMin) {
                    continue;
                }
                for (int id = d0; id <= d1; id += stepD) {
                    if (a + grid.duration(id) > endMax) {
                        break;
                    }
                    double e = candidate(grid, grid.slot(ia, id), overReturn);
                    if (e < bestSse) {
                        bestSse = e;
                        bestA = ia;
                        bestD = id;
                    }
                }
            }
            if (bestA < 0) {
                return null;
            }
            // then finer, around the best so far
            a0 = Math.max(0, bestA - stepA);
            a1 = Math.min(lastA, bestA + stepA);
            d0 = Math.max(0, bestD - stepD);
            d1 = Math.min(lastD, bestD + stepD);
            stepA /= 4;
            stepD /= 4;
        }
        return new Scan(new Ramp(grid.start(bestA), grid.duration(bestD)), bestSse);
    }

    /** The lattice of {@code range} on the current samples: one of the last two, or a fresh one in the place of the older. */
    private RampGrid grid(Range range) {
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
     * The best pairs of ramps on the coarse grid (as a scan's: starts every 0.2 s, durations
     * every 0.4 s; the return starting no earlier than the rise ends), rise and return placed
     * together rather than in turn, at breathing rate {@code hz}: the best, then the best whose rise or return starts
     * {@link #DISTINCT_START_S} or more from every pair already taken, up to {@code count}; empty
     * when there are too few samples or no pair fits. What the alternating scans of {@link #fitAt}
     * cannot do: where both of their starts lie in a wrong basin (a long rise into a long return,
     * a breath's rise taken into the rep's), every single-ramp move from there is worse, while the
     * right pair explains the window far better. Two basins can be within a few per cent of each
     * other on the coarse grid and far apart once refined, so several are returned to refine.
     * Each ramp's sums are taken once; a pair then costs a 2×2 solve, because the rise is 1
     * wherever the return has begun. Up to about 15,000 pairs: for doubtful fits only.
     */
    public List<Fit> pairScan(double hz, Range riseRange, Range retRange, int count) {
        List<Fit> out = new ArrayList<>();
        if (n < MIN_SAMPLES) {
            return out;
        }
        fillWave(hz);
        // least squares over the columns 1, sin, cos (fixed) and the two ramps, by the block form
        // of the normal equations: with F the fixed columns' Gram, r their products with y, and for
        // each ramp v its products with them and u = F⁻¹v, the pair adds to r·F⁻¹r the 2×2 form
        // eᵀS⁻¹e, where S = [g·g] − [v·u] and e = [g·y] − [v·F⁻¹r]; the rise's product with the
        // return is Σ return, the rise being 1 wherever the return has begun
        double[] r = new double[3];
        DecompositionSolver solver = waveSolver(r);
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
                sse[k] = yy - explainedByFixed - (s22 * e1 * e1 - 2 * s12 * e1 * e2 + s11 * e2 * e2) / det;
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
            out.add(new Fit(hz, new Ramp(g1[T0], g1[D]), new Ramp(g2[T0], g2[D]), sse[best]));
        }
        return out;
    }

    /** Pairs whose rise and return both start within this of a pair's already taken are the same basin, s. */
    static final double DISTINCT_START_S = 0.5;

    private static boolean distinct(double[] rise, double[] ret, List<Fit> taken) {
        for (Fit f : taken) {
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
    private double[][] rampSums(Range range, DecompositionSolver fixed, double[] w) {
        RampGrid grid = grid(range);
        int na = (grid.starts() + COARSE_T0_STEPS - 1) / COARSE_T0_STEPS;
        int nd = (grid.durations() + COARSE_D_STEPS - 1) / COARSE_D_STEPS;
        double[][] out = new double[na * nd][];
        int k = 0;
        for (int ia = 0; ia < grid.starts(); ia += COARSE_T0_STEPS) {
            for (int id = 0; id < grid.durations(); id += COARSE_D_STEPS) {
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

    /**
     * The load levels of {@code fit} (on the samples last given), breathing aside, newtons: before
     * the rise, the rise's height, and after the return.
     */
    public Levels levels(Fit fit) {
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
        return new Levels(fixed[0], rise, fixed[0] + rise + fixed[1]);
    }

    /**
     * The load explained by breathing alone (a level and one sine, no ramps) over the samples last
     * given, at the best of the {@link #GRID} rates from {@link #MIN_HZ}; null when there are too
     * few samples. What a rep candidate is compared with: a breath's peak
     * seen from a baseline caught in a trough crosses the rep threshold, but the breathing alone
     * then explains the window about as well as a rise and a return do.
     */
    public BreathOnly breathOnly() {
        if (n < MIN_SAMPLES) {
            return null;
        }
        BreathOnly best = null;
        double[] rhs = new double[3];
        for (int k = 0; k < GRID; k++) {
            double hz = MIN_HZ + k * STEP_HZ;
            fillWave(hz);
            DecompositionSolver solver = waveSolver(rhs);
            if (solver == null) {
                continue;
            }
            double[] c = solver.solve(MatrixUtils.createRealVector(rhs)).toArray();
            double sse = yy - (c[0] * rhs[0] + c[1] * rhs[1] + c[2] * rhs[2]);
            if (best == null || sse < best.sse()) {
                best = new BreathOnly(hz, c[0], Math.hypot(c[1], c[2]), sse);
            }
        }
        return best;
    }

    /**
     * Least squares of the samples on a level and the wave last filled (columns 1, sin, cos): a
     * solver for their Gram matrix, and their products with the load into {@code rhs}; null when
     * that matrix is singular (a pivot under {@link #SINGULAR_PIVOT}).
     */
    private DecompositionSolver waveSolver(double[] rhs) {
        double sinSum = suffixSin[0];
        double cosSum = suffixCos[0];
        double[][] gram = {{n, sinSum, cosSum}, {sinSum, sinSin, sinCos}, {cosSum, sinCos, cosCos}};
        rhs[0] = suffixY[0];
        rhs[1] = sinY;
        rhs[2] = cosY;
        DecompositionSolver solver = new LUDecomposition(MatrixUtils.createRealMatrix(gram), SINGULAR_PIVOT).getSolver();
        return solver.isNonSingular() ? solver : null;
    }

    /** Breathing alone: rate Hz, level and amplitude N, residual N². */
    public record BreathOnly(double hz, double levelN, double amplitudeN, double sse) {
    }

    /** A rep's levels, breathing aside, newtons. */
    public record Levels(double before, double rise, double after) {
    }

    /** The breathing columns at rate {@code hz}, their suffix sums, and their sums with each other and the load. */
    private void fillWave(double hz) {
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
    private void fillOther(Ramp ramp) {
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
    private void prepare() {
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
    private double candidate(RampGrid grid, int p, boolean overReturn) {
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
