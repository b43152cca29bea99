package org.rollerhub.analytics.internal.reps;

import java.util.Arrays;
import org.rollerhub.analytics.RepFitSettings;
import org.rollerhub.analytics.internal.breath.BreathFit;

/**
 * The search for a rep's joint fit of breathing, rise and return ({@link BreathFit}) over a binned
 * window. The breathing rate is constant through a session: the first reps scan the whole range
 * and add their residuals to a profile over the rates; later reps search the window at the
 * profile's best and refine at the rates next to it. Then a second start from short ramps, a pair
 * scan for a fit still in doubt, and finer steps around the best rate. Not thread-safe.
 */
final class JointFitSearch {
    /** Parameters of a joint fit: level, two ramps' heights, starts and durations, the breathing's sine and cosine. */
    private static final int JOINT_PARAMETERS = 9;
    /** Finer steps around the best breathing rate of the scan, Hz. */
    private static final double[] FINE_HZ = {-0.006, -0.003, 0.003, 0.006};

    private final RepFitSettings settings;
    private final BreathFit breathFit = new BreathFit();
    /** Mean squared residual of the joint fit per breathing rate, summed over the session's first reps. */
    private final double[] hzProfile = new double[BreathFit.GRID];
    private int profiledReps;

    JointFitSearch(RepFitSettings settings) {
        this.settings = settings;
    }

    /** A new session: its breathing rate is not known yet. */
    void newSession() {
        Arrays.fill(hzProfile, 0);
        profiledReps = 0;
    }

    /** The levels of {@code fit} on the window last searched, breathing aside; null if none. */
    BreathFit.Levels levels(BreathFit.Fit fit) {
        return breathFit.levels(fit);
    }

    /** Breathing alone on the window last searched (no ramps); null if too few points. */
    BreathFit.BreathOnly breathOnly() {
        return breathFit.breathOnly();
    }

    /**
     * The joint fit over the {@code nb} binned points in {@code bt}/{@code by} (seconds from
     * {@code origin}), starting from the ramps fitted without breathing ({@code rise}, {@code ret},
     * absolute seconds) within the window [fromUs, toUs] whose half-way crossings are {@code t50u}
     * and {@code t50d}; null when there are too few points or nothing fits.
     */
    BreathFit.Fit search(double[] bt, double[] by, int nb, double origin, RampFit.Ramp rise, RampFit.Ramp ret,
            long fromUs, long toUs, long t50u, long t50d, FitJudge judge) {
        if (nb < BreathFit.MIN_SAMPLES) {
            return null;
        }
        breathFit.samples(bt, by, nb);
        BreathFit.Ramp rise0 = new BreathFit.Ramp(rise.t0() - origin, rise.d());
        BreathFit.Ramp ret0 = new BreathFit.Ramp(ret.t0() - origin, ret.d());
        double from = fromUs / 1e6 - origin;
        double to = toUs / 1e6 - origin;
        double up = t50u / 1e6 - origin;
        double down = t50d / 1e6 - origin;
        double afterHalf = settings.startAfterHalfSeconds();
        BreathFit.Range riseRange = new BreathFit.Range(Math.max(from, up - settings.rampOuterReachSeconds()),
                up + afterHalf, settings.rampMinSeconds(), settings.riseMaxSeconds());
        BreathFit.Range retRange = new BreathFit.Range(Math.max(up, down - settings.returnStartReachSeconds()),
                Math.min(to - settings.rampMinSeconds(), down + afterHalf), settings.rampMinSeconds(),
                settings.returnMaxSeconds());
        boolean full = profiledReps < settings.profileReps();
        int centre = 0;
        for (int k = 1; k < BreathFit.GRID; k++) {
            if (hzProfile[k] < hzProfile[centre]) {
                centre = k;
            }
        }
        BreathFit.Fit best = null;
        // once the profile knows the session's rate, the whole window is searched at that rate
        // and the rates beside it only near its ramps (10 mHz barely moves them); a wrong basin is
        // the second start's and the pair scan's business below
        BreathFit.Fit atCentre = full ? null
                : breathFit.fitAt(BreathFit.MIN_HZ + centre * BreathFit.STEP_HZ, rise0, ret0, riseRange, retRange);
        for (int k = 0; k < BreathFit.GRID; k++) {
            if (!full && Math.abs(k - centre) > settings.profileNeighbourRates()) {
                continue;
            }
            double hz = BreathFit.MIN_HZ + k * BreathFit.STEP_HZ;
            BreathFit.Fit f = atCentre == null ? breathFit.fitAt(hz, rise0, ret0, riseRange, retRange)
                    : k == centre ? atCentre : breathFit.refineAt(hz, atCentre.rise(), atCentre.ret(), riseRange, retRange);
            if (f == null) {
                continue;
            }
            if (full) {
                hzProfile[k] += f.sse() / nb;
            }
            if (best == null || f.sse() < best.sse()) {
                best = f;
            }
        }
        if (full && best != null) {
            profiledReps++;
        }
        if (best == null) {
            return null;
        }
        // the session's rate once it is known
        double sessionHz = full ? best.hz() : BreathFit.MIN_HZ + centre * BreathFit.STEP_HZ;
        best = fromSecondStart(best, sessionHz, up, down, riseRange, retRange, judge);
        BreathFit.Levels levels = breathFit.levels(best);
        if (judge.doubtful(best, levels, riseRange, retRange)) {
            best = fromPairScan(best, levels, sessionHz, nb, riseRange, retRange, judge);
        }
        // finer steps around the best rate, whose ramps barely move: searched near the best's
        double bestHz = best.hz();
        for (double dHz : FINE_HZ) {
            BreathFit.Fit f = breathFit.refineAt(bestHz + dHz, best.rise(), best.ret(), riseRange, retRange);
            if (f != null && f.sse() < best.sse()) {
                best = f;
            }
        }
        return best;
    }

    /**
     * A second start: short ramps centred on the half-way crossings {@code up} and {@code down},
     * at {@code hz}. The first start, the ramps fitted without breathing, is stretched where a
     * breath's peak adjoins a ramp (a hold fitted as a long rise straight into a long return), and
     * the alternating scans cannot leave that basin. Its fit replaces {@code best} when it explains
     * the window better and its levels are plausible; where neither start fits, the first one's
     * answer stands.
     */
    private BreathFit.Fit fromSecondStart(BreathFit.Fit best, double hz, double up, double down,
            BreathFit.Range riseRange, BreathFit.Range retRange, FitJudge judge) {
        double d = settings.secondStartRampSeconds();
        BreathFit.Fit alt = breathFit.fitAt(hz, new BreathFit.Ramp(up - d / 2, d), new BreathFit.Ramp(down - d / 2, d),
                riseRange, retRange);
        if (alt == null || alt.sse() >= best.sse()) {
            return best;
        }
        BreathFit.Levels altLevels = breathFit.levels(alt);
        return altLevels != null && judge.plausible(altLevels) ? alt : best;
    }

    /**
     * For a doubtful fit, whose starts may both lie in a wrong basin (a breath's rise taken into
     * the rep's): the two ramps placed together on the coarse grid, the best few pairs refined at
     * {@code hz}. Where the window shows little before the rise, a ramp and a breath explain it
     * about equally well, and what tells them apart is that the level after a rep is the level
     * before it: so the fits are compared by their residual (in units of the noise the doubtful
     * fit leaves) plus their level step (in units of its spread), as a prior would. Only plausible
     * fits replace {@code best}.
     */
    private BreathFit.Fit fromPairScan(BreathFit.Fit best, BreathFit.Levels bestLevels, double hz, int nb,
            BreathFit.Range riseRange, BreathFit.Range retRange, FitJudge judge) {
        double noiseVar = best.sse() / Math.max(1, nb - JOINT_PARAMETERS);
        double bestScore = judge.doubtScore(best, bestLevels, noiseVar);
        for (BreathFit.Fit pair : breathFit.pairScan(hz, riseRange, retRange, settings.pairsRefined())) {
            BreathFit.Fit refined = breathFit.refineAt(hz, pair.rise(), pair.ret(), riseRange, retRange);
            BreathFit.Levels refinedLevels = refined == null ? null : breathFit.levels(refined);
            if (refinedLevels != null && judge.plausible(refinedLevels)) {
                double score = judge.doubtScore(refined, refinedLevels, noiseVar);
                if (score < bestScore) {
                    best = refined;
                    bestScore = score;
                }
            }
        }
        return best;
    }
}
