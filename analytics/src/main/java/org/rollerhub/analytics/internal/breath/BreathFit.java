package org.rollerhub.analytics.internal.breath;

import java.util.List;

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
 * ramps recur from rate to rate. The least squares themselves are {@link BreathModel}'s; a scan
 * of both ramps together is {@link PairScan}'s.
 *
 * <p>Times in seconds, relative to any origin the caller chose. Not thread-safe (reuses buffers).
 */
public final class BreathFit {
    /** Fewest samples a window must hold to be fitted: the joint fit has nine parameters. */
    public static final int MIN_SAMPLES = 12;

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
    static final int COARSE_T0_STEPS = (int) Math.round(COARSE_T0_STEP_S / RampGrid.STEP_S);
    static final int COARSE_D_STEPS = (int) Math.round(COARSE_D_STEP_S / RampGrid.STEP_S);
    private static final int FINE_STEPS = 4;
    private static final int FINE_T0_REACH = 12;
    private static final int FINE_D_REACH = 16;

    private final BreathModel model = new BreathModel();
    private final PairScan pairs = new PairScan(model);

    /** Takes the samples to fit (binned load, times increasing); the arrays are used, not copied, until the next call. */
    public void samples(double[] times, double[] values, int count) {
        model.samples(times, values, count);
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
        if (model.count() < MIN_SAMPLES) {
            return null;
        }
        model.fillWave(hz);
        Ramp rise = rise0;
        Ramp ret = ret0;
        double sse = Double.POSITIVE_INFINITY;
        for (int round = firstRound; round < 2; round++) {
            boolean coarse = round == 0;
            model.fillOther(ret);
            Scan r1 = scan(riseRange, rise, coarse, false, Double.NEGATIVE_INFINITY, ret.t0());
            if (r1 != null) {
                rise = r1.ramp;
                sse = r1.sse;
            }
            model.fillOther(rise);
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
        RampGrid grid = model.grid(range);
        model.prepare();
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
                    double e = model.candidate(grid, grid.slot(ia, id), overReturn);
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

    /**
     * The best pairs of ramps on the coarse grid (as a scan's: starts every 0.2 s, durations
     * every 0.4 s; the return starting no earlier than the rise ends), rise and return placed
     * together rather than in turn, at breathing rate {@code hz}: the best, then the best whose rise or return starts
     * {@link PairScan#DISTINCT_START_S} or more from every pair already taken, up to {@code count}; empty
     * when there are too few samples or no pair fits. What the alternating scans of {@link #fitAt}
     * cannot do: where both of their starts lie in a wrong basin (a long rise into a long return,
     * a breath's rise taken into the rep's), every single-ramp move from there is worse, while the
     * right pair explains the window far better. Two basins can be within a few per cent of each
     * other on the coarse grid and far apart once refined, so several are returned to refine.
     * Each ramp's sums are taken once; a pair then costs a 2×2 solve, because the rise is 1
     * wherever the return has begun. Up to about 15,000 pairs: for doubtful fits only.
     */
    public List<Fit> pairScan(double hz, Range riseRange, Range retRange, int count) {
        return pairs.pairScan(hz, riseRange, retRange, count);
    }

    /**
     * The load levels of {@code fit} (on the samples last given), breathing aside, newtons: before
     * the rise, the rise's height, and after the return.
     */
    public Levels levels(Fit fit) {
        return model.levels(fit);
    }

    /**
     * The load explained by breathing alone (a level and one sine, no ramps) over the samples last
     * given, at the best of the {@link #GRID} rates from {@link #MIN_HZ}; null when there are too
     * few samples. What a rep candidate is compared with: a breath's peak
     * seen from a baseline caught in a trough crosses the rep threshold, but the breathing alone
     * then explains the window about as well as a rise and a return do.
     */
    public BreathOnly breathOnly() {
        return BreathOnlyFit.fit(model);
    }

    /** Breathing alone: rate Hz, level and amplitude N, residual N². */
    public record BreathOnly(double hz, double levelN, double amplitudeN, double sse) {
    }

    /** A rep's levels, breathing aside, newtons. */
    public record Levels(double before, double rise, double after) {
    }
}
