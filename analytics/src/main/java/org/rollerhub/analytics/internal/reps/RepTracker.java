package org.rollerhub.analytics.internal.reps;

import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.RepDetectionSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.signal.Micros;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * Extension reps from the load, inside a session: measures the baseline F0 while in neutral
 * ({@link NeutralBaseline}: the average of the neutral load; before it has enough, a follower of
 * the load; at the session's start, the level a rep's fit finds after its return), and runs the
 * state machine NEUTRAL → CANDIDATE (load ≥ F0·(1 + rise fraction)) → ACTIVE (stayed
 * above for the minimum time) → RETURNED (back within the return fraction of F0) → NEUTRAL. The
 * thresholds are the hysteresis; the load is smoothed causally for them ({@link LoadHistory}).
 * When a rep has returned (or the next one begins), {@link RepPlacer} places it or cancels it.
 * Every threshold is a setting ({@link RepDetectionSettings}). Not thread-safe.
 */
public final class RepTracker {
    private enum State { NEUTRAL, CANDIDATE, ACTIVE, RETURNED }

    private final AnalyticsSettings settings;
    private final RepDetectionSettings tuning;
    private final ContactPosition position;
    private final LoadHistory load;
    private final RepPlacer placer;
    private final CandidateOutcomes outcomes = new CandidateOutcomes();
    private final long initialBaselineUs;
    private final long minAboveUs;
    private final long holdMinUs;
    private final double baselineTauUs;
    private final long warmUpUs;
    private final long warmUpFollowTauUs;
    private final long followTauAfterWarmUpUs;
    private final long neutralFromUs;
    private final long returnSettleUs;
    private final long nextRiseAfterReturnUs;
    private final long nextRiseClearanceUs;
    private final long busyAfterReturnUs;

    private State state = State.NEUTRAL;
    private final NeutralBaseline neutral;
    /** The baseline reps are measured from, N: the neutral average once known, else a follower of the load. */
    private double f0;
    private double followF0;
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

    public RepTracker(AnalyticsSettings settings, ContactPosition position, int pressureRateHz) {
        this.settings = settings;
        this.tuning = settings.repDetection();
        this.position = position;
        this.load = new LoadHistory(tuning, pressureRateHz);
        this.placer = new RepPlacer(settings, position, load);
        this.neutral = new NeutralBaseline(tuning);
        this.initialBaselineUs = Micros.of(tuning.initialBaselineSeconds());
        this.minAboveUs = (long) (settings.repMinAboveSeconds() * 1e6);
        this.holdMinUs = (long) (settings.holdMinSeconds() * 1e6);
        this.baselineTauUs = settings.baselineTauSeconds() * 1e6;
        this.warmUpUs = Micros.of(tuning.warmUpSeconds());
        this.warmUpFollowTauUs = Micros.of(tuning.warmUpFollowTauSeconds());
        this.followTauAfterWarmUpUs = Micros.of(tuning.followTauAfterWarmUpSeconds());
        this.neutralFromUs = Micros.of(tuning.neutralFromSeconds());
        this.returnSettleUs = Micros.of(tuning.returnSettleSeconds());
        this.nextRiseAfterReturnUs = Micros.of(tuning.nextRiseAfterReturnSeconds());
        this.nextRiseClearanceUs = Micros.of(tuning.nextRiseClearanceSeconds());
        this.busyAfterReturnUs = Micros.of(tuning.busyAfterReturnSeconds());
    }

    /**
     * A session was confirmed at {@code confirmUs}; it started at {@code startUs}. F0 starts as the
     * load just before ({@link RepDetectionSettings#initialBaselineSeconds}).
     */
    public void start(long startUs, long confirmUs) {
        double initialF0 = load.recentMean(initialBaselineUs);
        state = State.NEUTRAL;
        sessionStartUs = startUs;
        baselineSinceUs = confirmUs;
        f0 = initialF0;
        followF0 = initialF0;
        load.resetSmoothed(initialF0);
        neutral.reset();
        shiftStillUs = Long.MIN_VALUE;
        prevEndUs = confirmUs; // the first second is the user lying down: no rep rises in it, and its ramp must not be fitted as one
        reps.clear();
        resolved = candidate;
        placer.newSession();
    }

    /** Every load sample goes into the history, in or out of a session (the session's start looks back). */
    public void record(long tUs, double forceN) {
        load.record(tUs, forceN);
    }

    /** Runs the state machine on the sample just {@link #record}ed, inside a session. */
    public void step(List<SessionEvent> out) {
        long t = load.lastUs();
        double fs = load.smoothed();
        TimeSeriesRing smooth = load.smooth();
        double rise = settings.repRiseFraction() * f0;
        double back = settings.repReturnFraction() * f0;
        switch (state) {
            case NEUTRAL -> {
                // just after the session's start the load may still be settling onto the roller:
                // follow it quickly, and look for reps only once it has had time to settle
                long settled = t - baselineSinceUs;
                double tau = settled < warmUpUs ? warmUpFollowTauUs
                        : Math.min(baselineTauUs, followTauAfterWarmUpUs + (settled - warmUpUs));
                double dt = smooth.size() > 1 ? t - smooth.timeAt(smooth.size() - 2) : 0;
                if (settled >= warmUpUs && fs - followF0 > tuning.baselineGuardFraction() * followF0) {
                    // well above the baseline: most likely a rep rising (a slow one would drag the
                    // baseline up with it and never cross); follow only very slowly, for a settling user
                    tau *= tuning.baselineGuardSlowdown();
                }
                followF0 += (fs - followF0) * Math.min(1.0, dt / Math.max(1, tau));
                if (settled >= neutralFromUs) {
                    neutral.neutral(t, load.raw().valueAt(load.raw().size() - 1));
                }
                f0 = baseline();
                if (settled >= warmUpUs && fs - f0 >= rise) {
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
                    long begin = load.quickRiseBegin(f0, crossUpUs);
                    out.add(new SessionEvent.RepStarted(begin, position.levelAt(position.sAt(begin))));
                }
            }
            case ACTIVE -> {
                if (fs > maxFs + tuning.plateauRestartFraction() * f0) {
                    maxFs = fs;
                    plateauSinceUs = t;
                } else if (fs > maxFs) {
                    maxFs = fs;
                }
                if (!holdAnnounced && t - plateauSinceUs >= holdMinUs
                        && fs - f0 >= tuning.holdAnnounceFraction() * (maxFs - f0)) {
                    holdAnnounced = true;
                    long begin = load.quickRiseBegin(f0, crossUpUs);
                    out.add(new SessionEvent.HoldReached(t, position.levelAt(position.sAt(begin))));
                }
                if (fs - f0 <= back) {
                    state = State.RETURNED;
                    returnUs = t;
                }
            }
            case RETURNED -> {
                if (fs - f0 >= rise) {
                    finalizeRep(Math.max(returnUs + nextRiseAfterReturnUs, t - nextRiseClearanceUs), out);
                    // the rep's fit may have moved the baseline: the rise is judged against that
                    f0 = baseline();
                    if (fs - f0 >= settings.repRiseFraction() * f0) {
                        beginCandidate(t);
                    } else {
                        state = State.NEUTRAL;
                    }
                } else if (t - returnUs >= returnSettleUs) {
                    finalizeRep(t, out);
                    state = State.NEUTRAL;
                }
            }
        }
    }

    /**
     * A shift's roll came to rest at {@code stillUs}: the load during a shift moves by up to 3 %
     * of body weight, so the next rep's fit window starts after it.
     */
    public void shiftEnded(long stillUs) {
        shiftStillUs = Math.max(shiftStillUs, stillUs);
    }

    private void beginCandidate(long t) {
        state = State.CANDIDATE;
        crossUpUs = t;
        candidate++;
        outcomes.began(candidate);
    }

    /**
     * The candidate that may be a rep under way now (its number), or 0 when none is: for the
     * shift tracker, since motion inside a rep is not a shift.
     */
    public long busyCandidate() {
        boolean busy = state == State.CANDIDATE || state == State.ACTIVE
                || (state == State.RETURNED && load.lastUs() - returnUs < busyAfterReturnUs);
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
        return outcomes.anyRepOverlaps(first, last, fromUs, toUs);
    }

    /** End of the session: a rep that has returned is completed; one still up is dropped. */
    public void finish(List<SessionEvent> out) {
        if (state == State.RETURNED) {
            finalizeRep(load.lastUs(), out);
        }
        state = State.NEUTRAL;
        resolved = candidate;
    }

    /** The session's reps so far, in order. */
    public List<Rep> reps() {
        return reps;
    }

    /** The baseline F0 that the current (or next) rep is judged against, N. */
    public double baselineN() {
        return f0;
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

    /** Places the candidate that has returned, its fit window ending at {@code windowEndUs}. */
    private void finalizeRep(long windowEndUs, List<SessionEvent> out) {
        resolved = candidate;
        RepPlacer.Candidate c = new RepPlacer.Candidate(sessionStartUs, crossUpUs, returnUs, maxFs, prevEndUs,
                shiftStillUs, windowEndUs, load.lastUs(), new FitJudge(f0, neutral.settled(), settings.repFit()));
        RepPlacer.Placement placed = placer.place(c, out);
        if (!Double.isNaN(placed.baselineN())) {
            takeBaseline(placed.baselineN());
        }
        if (placed.rep() != null) {
            reps.add(placed.rep());
            outcomes.becameRep(candidate, placed.startUs(), placed.endUs());
            prevEndUs = placed.endUs();
        }
    }
}
