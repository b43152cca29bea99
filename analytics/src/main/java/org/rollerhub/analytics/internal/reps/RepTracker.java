package org.rollerhub.analytics.internal.reps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.internal.breath.BreathFit;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.signal.OrderStatistic;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * Extension reps from the load, inside a session: measures the baseline F0 while in neutral
 * ({@link NeutralBaseline}: the average of the neutral load; before it has enough, a follower of
 * the load; at the session's start, the level a rep's fit finds after its return), and runs the
 * state machine NEUTRAL → CANDIDATE (load ≥ F0·(1 + rise fraction)) → ACTIVE (stayed
 * above for the minimum time) → RETURNED (back within the return fraction of F0) → NEUTRAL. The
 * thresholds are the hysteresis; the load is smoothed causally for them. When a rep has returned
 * (or the next one begins), its rise and return are fitted with {@link RampFit} on the buffered
 * raw load for a first guess, then together with the breathing ({@link BreathFit}) to place the
 * rise begin, the end of the rise, the start of the return and its end: the plateau between them
 * is the hold. Buffers are bounded (ring of the last ~40 s).
 * Not thread-safe.
 */
public final class RepTracker {
    private enum State { NEUTRAL, CANDIDATE, ACTIVE, RETURNED }

    private static final long RETURN_SETTLE_US = 1_200_000; // the return ramp ends < 0.8 s after the 10 % crossing
    private static final double SMOOTH_TAU_US = 80_000;
    private static final long WARM_UP_US = 1_500_000;
    /** The neutral baseline takes the load from this long after the session's confirmation, once lying down is over. */
    private static final long NEUTRAL_FROM_US = 500_000;
    /** Above F0 by more than breathing or fidgets alone reach, the follower of the load barely moves. */
    private static final double BASELINE_GUARD_FRACTION = 0.10;
    private static final long LEVEL_LOOKBACK_US = 250_000;
    /**
     * A rep whose fitted rise is under the threshold is cancelled only if its load also topped out
     * under F0 by this fraction: a real rep lifts 0.10 of body weight or more, 0.29 of F0 at the
     * largest F0, while breathing seen from a baseline caught in its trough tops out near 0.24. A
     * fit squeezed against the start of its window can miss a slow rise; the top does not.
     */
    private static final double CANCEL_TOP_FRACTION = 0.25;
    /** Breathing swings the load by at most this fraction of its level either way (0.12 and a margin). */
    private static final double BREATH_ONLY_MAX_AMPLITUDE_FRACTION = 0.135;
    /** What breathing alone may leave unexplained in a lone breath's window, fraction of F0 (rms). */
    private static final double BREATH_ONLY_RMS_FRACTION = 0.025;
    /**
     * A joint fit that is not believed and puts the rise this far from the fit without breathing
     * has gone astray, s (a breathing rate far off moves it by 2-3 s; strong breathing alone moves
     * the fit without breathing by up to a second).
     */
    private static final double ASTRAY_RISE_S = 1.5;
    /** A fit's levels this far from F0 or more are not believed (a fit gone astray), fraction of F0... */
    private static final double PLAUSIBLE_LEVEL_FRACTION = 0.15;
    /** ...and this far once the neutral average is settled (it is right to a few per cent then). */
    private static final double SETTLED_LEVEL_FRACTION = 0.10;
    /** Breathing is under 0.4 Hz: a tenth of a second per point is plenty for its fit. */
    private static final long BREATH_BIN_US = 100_000;
    /** Ramps last 0.5 s or more: 25 points a second place them to a few ms. */
    private static final long RAMP_BIN_US = 40_000;
    /** The session's first reps scan every breathing rate; later ones only near the profile's best. */
    private static final int PROFILE_REPS = 3;
    /**
     * A candidate that rolls the contact this far or more (cm, either way, from just before it
     * crossed until it returned) and lifts the load less than {@link #ROLLING_TOP_FRACTION} of F0
     * is a shift, not a rep: a normal rep moves the contact under 0.4 cm, and a compensated one,
     * which slides 1.5-3 cm toward the feet, lifts 0.20-0.35 of body weight (0.57 of F0 or more),
     * while a shift's load stays within 3 % of body weight of F0 (0.12 of F0 at the lightest F0),
     * which breathing at its strongest can take over the rise threshold.
     */
    private static final double ROLLING_TOP_FRACTION = 0.40;
    /** How far before the threshold crossing a rolling candidate's roll is measured from, µs. */
    private static final long ROLL_LOOKBACK_US = 500_000;
    /**
     * A rep's fit window starts once the last shift has come to rest (its load bump of up to 3 %
     * of body weight is neither breathing nor a ramp), but no later than this before the
     * crossing, µs: with less, the breathing is too little seen and the fit can go astray.
     */
    private static final long MIN_WINDOW_US = 3_000_000;
    /** Candidates whose outcomes are remembered (for shifts waiting on them), a power of two. */
    private static final int OUTCOMES = 64;
    /** The ramps of the joint fit's second start last this long: the model's shortest rise and return, s. */
    private static final double SECOND_START_RAMP_S = 1.0;
    /** Distinct basins of the coarse pair scan refined for a doubtful fit. */
    private static final int PAIRS_REFINED = 3;
    /**
     * Levels before and after a rep that differ by more than this fraction of F0 put its fit in
     * doubt, and keep its level after from becoming the baseline (seeds 3000-3100: median 0.004,
     * 99th percentile 0.056).
     */
    private static final double LEVEL_STEP_FRACTION = 0.06;
    /** The spread of the level step over a rep, fraction of F0 (drift and settling; seeds 3000-3100: 0.015 at the 90th percentile). */
    private static final double LEVEL_STEP_SPREAD_FRACTION = 0.03;
    /** Parameters of a joint fit: level, two ramps' heights, starts and durations, the breathing's sine and cosine. */
    private static final int JOINT_PARAMETERS = 9;
    /** A ramp this close to the longest its range allows is pressed against the limit, s. */
    private static final double LIMIT_MARGIN_S = 0.05;
    /** Finer steps around the best breathing rate of the scan, Hz. */
    private static final double[] FINE_HZ = {-0.006, -0.003, 0.003, 0.006};

    private final AnalyticsSettings settings;
    private final ContactPosition position;
    private final TimeSeriesRing raw;
    private final TimeSeriesRing smooth;
    private final RampFit fit = new RampFit();
    private final BreathFit breathFit = new BreathFit();
    /** Mean squared residual of the joint fit per breathing rate, summed over the session's first reps. */
    private final double[] hzProfile = new double[BreathFit.GRID];
    private int profiledReps;
    private final long minAboveUs;
    private final long holdMinUs;
    private final double baselineTauUs;

    private State state = State.NEUTRAL;
    private final NeutralBaseline neutral = new NeutralBaseline();
    /** The baseline reps are measured from, N: the neutral average once known, else a follower of the load. */
    private double f0;
    private double followF0;
    private double fs;
    private long lastUs;
    private long sessionStartUs;
    private long baselineSinceUs;
    private long crossUpUs;
    private long returnUs;
    private long plateauSinceUs;
    private double maxFs;
    private boolean holdAnnounced;
    private long prevEndUs;
    /** When the last shift's roll came to rest, µs (its load bump must not be fitted as part of a rep). */
    private long shiftStillUs = Long.MIN_VALUE;
    private final List<Rep> reps = new ArrayList<>();
    /** Number of the current (or last) candidate, counted from 1 over the tracker's life. */
    private long candidate;
    /** The last candidate whose outcome (a rep or not) is known. */
    private long resolved;
    /** Whether each of the last {@link #OUTCOMES} candidates became a rep, by number, and the rep's span, µs. */
    private final boolean[] becameRep = new boolean[OUTCOMES];
    private final long[] repStartUs = new long[OUTCOMES];
    private final long[] repEndUs = new long[OUTCOMES];
    private double[] scratch = new double[256];

    public RepTracker(AnalyticsSettings settings, ContactPosition position, int pressureRateHz) {
        this.settings = settings;
        this.position = position;
        int cap = (int) Math.min(1 << 15, Math.max(2048, 45L * Math.max(1, pressureRateHz)));
        this.raw = new TimeSeriesRing(cap);
        this.smooth = new TimeSeriesRing(cap);
        this.minAboveUs = (long) (settings.repMinAboveSeconds() * 1e6);
        this.holdMinUs = (long) (settings.holdMinSeconds() * 1e6);
        this.baselineTauUs = settings.baselineTauSeconds() * 1e6;
    }

    /** A session was confirmed at {@code confirmUs}; it started at {@code startUs}; F0 starts at {@code f0}. */
    public void start(long startUs, long confirmUs, double initialF0) {
        state = State.NEUTRAL;
        sessionStartUs = startUs;
        baselineSinceUs = confirmUs;
        f0 = initialF0;
        followF0 = initialF0;
        fs = initialF0;
        neutral.reset();
        shiftStillUs = Long.MIN_VALUE;
        prevEndUs = confirmUs; // the first second is the user lying down: no rep rises in it, and its ramp must not be fitted as one
        reps.clear();
        resolved = candidate;
        java.util.Arrays.fill(hzProfile, 0);
        profiledReps = 0;
    }

    /** Every load sample goes into the history, in or out of a session (the session's start looks back). */
    public void record(long tUs, double forceN) {
        double dt = raw.size() == 0 ? 0 : tUs - lastUs;
        fs = raw.size() == 0 ? forceN : fs + (forceN - fs) * Math.min(1.0, dt / SMOOTH_TAU_US);
        lastUs = tUs;
        raw.add(tUs, forceN);
        smooth.add(tUs, fs);
    }

    /** Mean of the smoothed load over the last {@code spanUs}. */
    public double recentMean(long spanUs) {
        double sum = 0;
        int n = 0;
        for (int i = smooth.size() - 1; i >= 0 && smooth.timeAt(i) >= lastUs - spanUs; i--) {
            sum += smooth.valueAt(i);
            n++;
        }
        return n == 0 ? fs : sum / n;
    }

    /** Runs the state machine on the sample just {@link #record}ed, inside a session. */
    public void step(List<SessionEvent> out) {
        long t = lastUs;
        double rise = settings.repRiseFraction() * f0;
        double back = settings.repReturnFraction() * f0;
        switch (state) {
            case NEUTRAL -> {
                // just after the session's start the load may still be settling onto the roller:
                // follow it quickly, and look for reps only once it has had time to settle
                long settled = t - baselineSinceUs;
                double tau = settled < WARM_UP_US ? 300_000 : Math.min(baselineTauUs, 1_000_000 + (settled - WARM_UP_US));
                double dt = smooth.size() > 1 ? t - smooth.timeAt(smooth.size() - 2) : 0;
                if (settled >= WARM_UP_US && fs - followF0 > BASELINE_GUARD_FRACTION * followF0) {
                    // well above the baseline: most likely a rep rising (a slow one would drag the
                    // baseline up with it and never cross); follow only very slowly, for a settling user
                    tau *= 10;
                }
                followF0 += (fs - followF0) * Math.min(1.0, dt / Math.max(1, tau));
                if (settled >= NEUTRAL_FROM_US) {
                    neutral.neutral(t, raw.valueAt(raw.size() - 1));
                }
                f0 = baseline();
                if (settled >= WARM_UP_US && fs - f0 >= rise) {
                    beginCandidate(t);
                    neutral.leftNeutral();
                }
            }
            case CANDIDATE -> {
                if (fs - f0 < rise) {
                    state = State.NEUTRAL; // a wobble, not a rep
                    resolved = candidate;
                } else if (t - crossUpUs >= minAboveUs) {
                    state = State.ACTIVE;
                    maxFs = fs;
                    plateauSinceUs = t;
                    holdAnnounced = false;
                    long begin = quickRiseBegin();
                    out.add(new SessionEvent.RepStarted(begin, position.levelAt(position.sAt(begin))));
                }
            }
            case ACTIVE -> {
                if (fs > maxFs + 0.08 * f0) {
                    maxFs = fs;
                    plateauSinceUs = t;
                } else if (fs > maxFs) {
                    maxFs = fs;
                }
                if (!holdAnnounced && t - plateauSinceUs >= holdMinUs && fs - f0 >= 0.6 * (maxFs - f0)) {
                    holdAnnounced = true;
                    out.add(new SessionEvent.HoldReached(t, position.levelAt(position.sAt(quickRiseBegin()))));
                }
                if (fs - f0 <= back) {
                    state = State.RETURNED;
                    returnUs = t;
                }
            }
            case RETURNED -> {
                if (fs - f0 >= rise) {
                    finalizeRep(Math.max(returnUs + 300_000, t - 600_000), out);
                    // the rep's fit may have moved the baseline: the rise is judged against that
                    f0 = baseline();
                    if (fs - f0 >= settings.repRiseFraction() * f0) {
                        beginCandidate(t);
                    } else {
                        state = State.NEUTRAL;
                    }
                } else if (t - returnUs >= RETURN_SETTLE_US) {
                    finalizeRep(t, out);
                    state = State.NEUTRAL;
                }
            }
        }
    }

    /**
     * A shift's roll came to rest at {@code stillUs}: the load during a shift moves by up to 3 %
     * of body weight, so the next rep's fit window starts after it ({@link #MIN_WINDOW_US}).
     */
    public void shiftEnded(long stillUs) {
        shiftStillUs = Math.max(shiftStillUs, stillUs);
    }

    private void beginCandidate(long t) {
        state = State.CANDIDATE;
        crossUpUs = t;
        candidate++;
        becameRep[(int) (candidate & (OUTCOMES - 1))] = false;
    }

    /**
     * The candidate that may be a rep under way now (its number), or 0 when none is: for the
     * shift tracker, since motion inside a rep is not a shift.
     */
    public long busyCandidate() {
        boolean busy = state == State.CANDIDATE || state == State.ACTIVE
                || (state == State.RETURNED && lastUs - returnUs < 300_000);
        return busy ? candidate : 0;
    }

    /** Whether the outcome of candidate {@code number} and of every one before it is known. */
    public boolean resolvedThrough(long number) {
        return resolved >= number;
    }

    /**
     * Whether any of the candidates {@code first..last} (all resolved) became a rep whose span,
     * from the beginning of its rise to the end of its return, overlaps [fromUs, toUs]. (A
     * candidate is under way from its crossing until its load is back within the return fraction
     * of F0, which the dip of a shift's load can delay until after the rep has ended.)
     */
    public boolean anyRepOverlaps(long first, long last, long fromUs, long toUs) {
        for (long k = Math.max(first, last - OUTCOMES + 1); k <= last; k++) {
            int i = (int) (k & (OUTCOMES - 1));
            if (becameRep[i] && repStartUs[i] <= toUs && repEndUs[i] >= fromUs) {
                return true;
            }
        }
        return last - first >= OUTCOMES; // older than remembered: assume the worst
    }

    /** End of the session at {@code endUs}: a rep that has returned is completed; one still up is dropped. */
    public void finish(List<SessionEvent> out) {
        if (state == State.RETURNED) {
            finalizeRep(lastUs, out);
        }
        state = State.NEUTRAL;
        resolved = candidate;
    }

    public List<Rep> reps() {
        return reps;
    }

    /** F0 as measured now: the neutral average once known, else the follower of the load. */
    private double baseline() {
        return neutral.known() ? neutral.baseline() : followF0;
    }

    /** A baseline measured by a fit (breathing aside) replaces both the follower and the neutral average. */
    private void takeBaseline(double baselineN) {
        followF0 = baselineN;
        neutral.hint(baselineN);
    }

    /** Rough live rise begin: the last time the smoothed load was near the baseline before the crossing. */
    private long quickRiseBegin() {
        double near = f0 + 0.05 * f0;
        for (int i = smooth.floorIndex(crossUpUs); i >= 0 && smooth.timeAt(i) >= crossUpUs - 4_000_000; i--) {
            if (smooth.valueAt(i) <= near) {
                return smooth.timeAt(i);
            }
        }
        return crossUpUs;
    }

    private void finalizeRep(long windowEndUs, List<SessionEvent> out) {
        resolved = candidate;
        long winStart = Math.max(prevEndUs, crossUpUs - 4_500_000);
        if (shiftStillUs < crossUpUs) {
            winStart = Math.max(winStart, Math.min(shiftStillUs, crossUpUs - MIN_WINDOW_US));
        }
        // plateau level: the upper part of the smoothed load while above the rise threshold
        int n = 0;
        for (int i = Math.max(0, smooth.floorIndex(crossUpUs)); i < smooth.size() && smooth.timeAt(i) <= returnUs; i++) {
            if (n == scratch.length) {
                scratch = Arrays.copyOf(scratch, n * 2);
            }
            scratch[n++] = smooth.valueAt(i);
        }
        double top = n == 0 ? maxFs : OrderStatistic.select(scratch, n, (int) (0.9 * (n - 1)));
        if (top - f0 < ROLLING_TOP_FRACTION * f0 && rolledCm(crossUpUs - ROLL_LOOKBACK_US, returnUs) >= settings.shiftMinCm()) {
            // a shift whose load bump, with a breath, crossed the rise threshold
            out.add(new SessionEvent.RepCancelled(lastUs));
            return;
        }
        double mid = f0 + 0.5 * (top - f0);
        long t50u = crossUpUs;
        for (int i = Math.max(0, smooth.floorIndex(winStart)); i < smooth.size() && smooth.timeAt(i) <= returnUs; i++) {
            if (smooth.valueAt(i) >= mid) {
                t50u = smooth.timeAt(i);
                break;
            }
        }
        long t50d = returnUs;
        for (int i = smooth.floorIndex(returnUs); i >= 0 && smooth.timeAt(i) >= t50u; i--) {
            if (smooth.valueAt(i) >= mid) {
                t50d = smooth.timeAt(i);
                break;
            }
        }
        // the smoothing delays crossings by about its time constant
        t50u -= (long) SMOOTH_TAU_US;
        t50d -= (long) SMOOTH_TAU_US;
        long split = (t50u + t50d) / 2;

        long riseFrom = Math.max(winStart, t50u - 3_500_000);
        long riseTo = Math.min(split, t50u + 3_000_000);
        long retFrom = Math.max(split, t50d - 3_000_000);
        long retTo = Math.min(windowEndUs, t50d + 3_500_000);
        RampFit.Ramp riseRamp = fitRamp(riseFrom, riseTo, t50u, -0.8, 0.6, 0.5, 3.3);
        RampFit.Ramp retRamp = fitRamp(retFrom, retTo, t50d, -0.6, 0.8, 0.5, 2.6);
        if (riseRamp != null && retRamp != null) {
            // the breathing, fitted together with the rise and return; then the ramps placed again without it
            double origin = t50u / 1e6;
            int nb = collect(riseFrom, retTo, origin, BREATH_BIN_US);
            BreathFit.Fit joint = jointFit(nb, origin, riseRamp, retRamp, riseFrom, retTo, t50u, t50d);
            BreathFit.Levels levels = joint == null ? null : breathFit.levels(joint);
            boolean believed = levels != null && plausible(levels);
            boolean lowTop = top - f0 < CANCEL_TOP_FRACTION * f0;
            if (believed) {
                // the load after the return, breathing aside, is the best baseline there is: take
                // it, unless the fit has the level step across the rep: one of its two levels is
                // off, and a hint stands until 4 s of neutral load come together, which quick reps
                // with short rests may never give (seed 47 placed anew: an F0 taken 10 % low left
                // every later return short of it, and reps merged for the rest of the session)
                if (!stepsAcross(levels)) {
                    takeBaseline(levels.after());
                }
                if (levels.rise() < settings.repRiseFraction() * levels.before() && lowTop) {
                    // breathing (and a baseline caught in its trough) made this look like a rep
                    out.add(new SessionEvent.RepCancelled(lastUs));
                    return;
                }
            } else if (joint != null && lowTop) {
                // a lone breath's peak: the joint fit's ramps and breathing can trade against each
                // other without limit and say anything, so ask whether breathing alone explains it
                BreathFit.BreathOnly only = breathFit.breathOnly();
                if (only != null && breathingAlone(only, Math.sqrt(joint.sse() / nb), nb)) {
                    takeBaseline(only.levelN());
                    out.add(new SessionEvent.RepCancelled(lastUs));
                    return;
                }
            }
            if (joint != null && (believed || Math.abs(joint.rise().t0() + origin - riseRamp.t0()) <= ASTRAY_RISE_S)) {
                // a fit not believed whose rise is also far from the one fitted without breathing
                // went astray (a rate far from the breathing's, in a short window after a shift,
                // put a rise 2-2.5 s early at the foot of the breath before it): those ramps stay
                riseRamp = new RampFit.Ramp(joint.rise().t0() + origin, joint.rise().d(), joint.sse());
                retRamp = new RampFit.Ramp(joint.ret().t0() + origin, joint.ret().d(), joint.sse());
            }
        }
        double originS = t50u / 1e6;
        long startUs = riseRamp != null ? (long) (riseRamp.t0() * 1e6) : quickRiseBegin();
        long riseEndUs = riseRamp != null ? (long) (riseRamp.end() * 1e6) : t50u;
        long retStartUs = retRamp != null ? (long) (retRamp.t0() * 1e6) : t50d;
        long endUs = retRamp != null ? (long) (retRamp.end() * 1e6) : returnUs;
        startUs = Math.max(startUs, sessionStartUs);
        endUs = Math.max(endUs, riseEndUs);
        double holdS = Math.max(0, (retStartUs - riseEndUs) / 1e6);
        boolean held = holdS >= settings.holdMinSeconds();
        // the level where the rise began: the fitted begin, or just before it if the contact was
        // higher then, so that a compensating slide (toward the feet) already under way at the
        // fitted instant does not move it, while a shift toward the head that ended right at the
        // rise (sample-113) counts where it ended
        double s0 = Math.max(position.sAt(startUs - LEVEL_LOOKBACK_US), position.sAt(startUs));
        Level level = position.levelAt(s0);
        double slide = s0 - position.minSBetween(startUs, Math.max(startUs, riseEndUs + 200_000));
        boolean compensated = slide >= settings.compensationSlideCm() || level == Level.L;
        int breaths = countBreaths(riseEndUs, retStartUs);
        Rep rep = new Rep(level, (startUs - sessionStartUs) / 1e6, (endUs - sessionStartUs) / 1e6, holdS, held,
                compensated, breaths);
        reps.add(rep);
        int outcome = (int) (candidate & (OUTCOMES - 1));
        becameRep[outcome] = true;
        repStartUs[outcome] = startUs;
        repEndUs[outcome] = endUs;
        if (compensated) {
            out.add(new SessionEvent.CompensationDetected(riseEndUs, level, slide));
        }
        out.add(new SessionEvent.RepEnded(endUs, rep));
        prevEndUs = endUs;
    }

    /** How far the contact rolled over [fromUs, toUs], cm: the larger of its travel either way from where it was at {@code fromUs}. */
    private double rolledCm(long fromUs, long toUs) {
        double s = position.sAt(fromUs);
        return Math.max(position.maxSBetween(fromUs, toUs) - s, s - position.minSBetween(fromUs, toUs));
    }

    /**
     * The joint fit of breathing, rise and return over the {@code nb} binned points in bt/by
     * (seconds from {@code origin}). The breathing rate is constant through a session: the first
     * reps scan the whole range and add their residuals to a profile over the rates; later reps
     * search the window at the profile's best and refine at the rates next to it. Then a second
     * start from short ramps, a pair scan for a fit still in doubt, and finer steps around the
     * best rate.
     */
    private BreathFit.Fit jointFit(int nb, double origin, RampFit.Ramp rise, RampFit.Ramp ret, long fromUs, long toUs,
            long t50u, long t50d) {
        if (nb < 12) {
            return null;
        }
        breathFit.samples(bt, by, nb);
        BreathFit.Ramp rise0 = new BreathFit.Ramp(rise.t0() - origin, rise.d());
        BreathFit.Ramp ret0 = new BreathFit.Ramp(ret.t0() - origin, ret.d());
        double from = fromUs / 1e6 - origin;
        double to = toUs / 1e6 - origin;
        double up = t50u / 1e6 - origin;
        double down = t50d / 1e6 - origin;
        BreathFit.Range riseRange = new BreathFit.Range(Math.max(from, up - 3.5), up + 0.5, 0.5, 3.3);
        BreathFit.Range retRange = new BreathFit.Range(Math.max(up, down - 2.8), Math.min(to - 0.5, down + 0.5), 0.5, 2.6);
        boolean full = profiledReps < PROFILE_REPS;
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
            if (!full && Math.abs(k - centre) > 2) {
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
        best = fromSecondStart(best, sessionHz, up, down, riseRange, retRange);
        BreathFit.Levels levels = breathFit.levels(best);
        if (doubtful(best, levels, riseRange, retRange)) {
            best = fromPairScan(best, levels, sessionHz, nb, riseRange, retRange);
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
     * breath's peak adjoins a ramp, and the alternating scans cannot leave that basin (seed 1032:
     * a 3.4 s hold fitted as a 3.2 s rise straight into a 2.6 s return, with 350 times the
     * residual of the right fit). Its fit replaces {@code best} when it explains the window better
     * and its levels are plausible; where neither start fits, the first one's answer stands.
     */
    private BreathFit.Fit fromSecondStart(BreathFit.Fit best, double hz, double up, double down,
            BreathFit.Range riseRange, BreathFit.Range retRange) {
        BreathFit.Fit alt = breathFit.fitAt(hz, new BreathFit.Ramp(up - SECOND_START_RAMP_S / 2, SECOND_START_RAMP_S),
                new BreathFit.Ramp(down - SECOND_START_RAMP_S / 2, SECOND_START_RAMP_S), riseRange, retRange);
        if (alt == null || alt.sse() >= best.sse()) {
            return best;
        }
        BreathFit.Levels altLevels = breathFit.levels(alt);
        return altLevels != null && plausible(altLevels) ? alt : best;
    }

    /**
     * For a doubtful fit, whose starts may both lie in a wrong basin (a breath's rise taken into
     * the rep's, seed 3027): the two ramps placed together on the coarse grid, the best few pairs
     * refined at {@code hz}. Where the window shows little before the rise, a ramp and a breath
     * explain it about equally well, and what tells them apart is that the level after a rep is
     * the level before it: so the fits are compared by their residual (in units of the noise the
     * doubtful fit leaves) plus their level step (in units of its spread), as a prior would.
     * Only plausible fits replace {@code best}.
     */
    private BreathFit.Fit fromPairScan(BreathFit.Fit best, BreathFit.Levels bestLevels, double hz, int nb,
            BreathFit.Range riseRange, BreathFit.Range retRange) {
        double noiseVar = best.sse() / Math.max(1, nb - JOINT_PARAMETERS);
        double bestScore = doubtScore(best, bestLevels, noiseVar);
        for (BreathFit.Fit pair : breathFit.pairScan(hz, riseRange, retRange, PAIRS_REFINED)) {
            BreathFit.Fit refined = breathFit.refineAt(hz, pair.rise(), pair.ret(), riseRange, retRange);
            BreathFit.Levels refinedLevels = refined == null ? null : breathFit.levels(refined);
            if (refinedLevels != null && plausible(refinedLevels)) {
                double score = doubtScore(refined, refinedLevels, noiseVar);
                if (score < bestScore) {
                    best = refined;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /**
     * Whether a joint fit is in doubt: its levels are not plausible, the level after the rep is
     * not the level before it (F0 drifts by a few per cent a minute, not in the seconds of a rep:
     * a step says a ramp took in part of a breath), or a ramp is at the longest its range allows
     * (the model's ramps last at most 3 s and 2 s; one pressed against the limit is stretched over
     * a breath).
     */
    private boolean doubtful(BreathFit.Fit fit, BreathFit.Levels levels, BreathFit.Range riseRange,
            BreathFit.Range retRange) {
        if (fit.rise().d() >= riseRange.dHi() - LIMIT_MARGIN_S || fit.ret().d() >= retRange.dHi() - LIMIT_MARGIN_S) {
            return true;
        }
        return levels == null || !plausible(levels) || stepsAcross(levels);
    }

    /** Whether a fit's level after the rep is more than {@link #LEVEL_STEP_FRACTION} of F0 from its level before. */
    private boolean stepsAcross(BreathFit.Levels levels) {
        return Math.abs(levels.after() - levels.before()) > LEVEL_STEP_FRACTION * f0;
    }

    /** A doubtful fit's score: its residual over {@code noiseVar}, plus its level step over its spread, squared. */
    private double doubtScore(BreathFit.Fit fit, BreathFit.Levels levels, double noiseVar) {
        if (levels == null) {
            return Double.POSITIVE_INFINITY;
        }
        double step = (levels.after() - levels.before()) / (LEVEL_STEP_SPREAD_FRACTION * f0);
        return fit.sse() / noiseVar + step * step;
    }

    /**
     * Whether breathing alone explains a candidate's window: its swing is no wider than the
     * model's breathing (3 % of body weight either way, 0.12 of F0 at the lightest F0, and a
     * margin), and what it leaves unexplained is small: under {@link #BREATH_ONLY_RMS_FRACTION} of
     * F0, or, where the sensors' noise alone leaves more, three times the joint fit's residual.
     */
    private boolean breathingAlone(BreathFit.BreathOnly only, double jointRmsN, int points) {
        double rms = Math.sqrt(only.sse() / points);
        return only.amplitudeN() <= BREATH_ONLY_MAX_AMPLITUDE_FRACTION * only.levelN()
                && rms <= Math.max(BREATH_ONLY_RMS_FRACTION * f0, 3 * jointRmsN);
    }

    /**
     * Whether a fit's levels can be believed: before and after the rep the load, breathing aside,
     * is within {@link #PLAUSIBLE_LEVEL_FRACTION} of F0 (drift and settling move F0 by a few per
     * cent a minute, and an F0 first taken at a breath's trough or peak is off by up to 0.12). A
     * fit that went astray (a slow rise squeezed against its window, a lone breath's peak traded
     * between ramps and breathing) can say anything.
     */
    private boolean plausible(BreathFit.Levels levels) {
        // once the neutral average has had enough load it is right to a few per cent, and a fit
        // that disagrees more is more likely wrong than it
        double within = (neutral.settled() ? SETTLED_LEVEL_FRACTION : PLAUSIBLE_LEVEL_FRACTION) * f0;
        return Math.abs(levels.before() - f0) <= within && Math.abs(levels.after() - f0) <= within;
    }

    /** Fits a ramp to the raw load in [fromUs, toUs] (binned to {@link #RAMP_BIN_US}), middle near {@code midUs}. */
    private RampFit.Ramp fitRamp(long fromUs, long toUs, long midUs, double midLoS, double midHiS, double dMinS,
            double dMaxS) {
        double base = midUs / 1e6; // fit in seconds relative to the middle, for precision
        int n = collect(fromUs, toUs, base, RAMP_BIN_US);
        fit.clear();
        for (int j = 0; j < n; j++) {
            fit.add(bt[j], by[j]);
        }
        RampFit.Ramp r = fit.fit(midLoS, midHiS, dMinS, dMaxS);
        return r == null ? null : new RampFit.Ramp(r.t0() + base, r.d(), r.sse());
    }

    private double[] bt = new double[1024];
    private double[] by = new double[1024];

    /** Raw load in [fromUs, toUs], binned to {@code binUs}, into bt/by (seconds from {@code originS}); returns the count. */
    private int collect(long fromUs, long toUs, double originS, long binUs) {
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

    /** Breaths in the plateau: upward swings of the smoothed load through its mean, with hysteresis. */
    private int countBreaths(long fromUs, long toUs) {
        if (toUs - fromUs < 1_000_000) {
            return 0;
        }
        double sum = 0;
        int n = 0;
        int i0 = Math.max(0, smooth.floorIndex(fromUs));
        for (int i = i0; i < smooth.size() && smooth.timeAt(i) <= toUs; i++) {
            sum += smooth.valueAt(i);
            n++;
        }
        if (n == 0) {
            return 0;
        }
        double mean = sum / n;
        double hys = 0.015 * f0;
        int breaths = 0;
        int side = 0;
        for (int i = i0; i < smooth.size() && smooth.timeAt(i) <= toUs; i++) {
            double v = smooth.valueAt(i) - mean;
            if (v > hys && side <= 0) {
                if (side < 0) {
                    breaths++;
                }
                side = 1;
            } else if (v < -hys) {
                side = -1;
            }
        }
        return Math.max(breaths, 0);
    }
}
