package org.rollerhub.analytics.internal.reps;

import java.util.Arrays;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.RepDetectionSettings;
import org.rollerhub.analytics.RepFitSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.internal.breath.BreathFit;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.signal.Micros;
import org.rollerhub.analytics.internal.signal.OrderStatistic;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * Places a rep candidate that has returned, or cancels it. Its rise and return are first fitted
 * with {@link RampFit} on the binned raw load, then together with the breathing
 * ({@link JointFitSearch}) to place the rise begin, the end of the rise, the start of the return
 * and its end: the plateau between them is the hold. A candidate is cancelled when it is a shift
 * (it rolls the contact and lifts little), when its believed fit rises under the threshold and its
 * load topped out low, or when breathing alone explains its window. Not thread-safe.
 */
final class RepPlacer {
    /**
     * What the state machine knows of a candidate when it is placed.
     *
     * @param sessionStartUs when the session started, µs
     * @param crossUpUs when the smoothed load crossed the rise threshold, µs
     * @param returnUs when it came back within the return fraction of F0, µs
     * @param maxFs the highest smoothed load while active, N
     * @param prevEndUs where the previous rep ended (or the session's confirmation), µs
     * @param shiftStillUs when the last shift's roll came to rest, µs
     * @param windowEndUs the fit window ends here, µs
     * @param nowUs the last sample's time, µs
     * @param judge F0 and how far a fit's levels may be from it
     */
    record Candidate(long sessionStartUs, long crossUpUs, long returnUs, double maxFs, long prevEndUs,
            long shiftStillUs, long windowEndUs, long nowUs, FitJudge judge) {
    }

    /**
     * What came of a candidate.
     *
     * @param rep the rep, or null if the candidate was cancelled
     * @param startUs the rep's rise begin, µs
     * @param endUs the rep's return end, µs
     * @param baselineN the baseline its fit measured, to be taken as F0, N; NaN if none
     */
    record Placement(Rep rep, long startUs, long endUs, double baselineN) {
        static Placement cancelled(double baselineN) {
            return new Placement(null, 0, 0, baselineN);
        }
    }

    private final AnalyticsSettings settings;
    private final RepDetectionSettings detection;
    private final RepFitSettings fitSettings;
    private final ContactPosition position;
    private final LoadHistory load;
    private final RampFit fit = new RampFit();
    private final JointFitSearch joint;
    private final LoadBinning bins = new LoadBinning();
    private final BreathCounter breaths;
    private final long windowLookbackUs;
    private final long minWindowUs;
    private final long rollLookbackUs;
    private final long outerReachUs;
    private final long innerReachUs;
    private final long rampBinUs;
    private final long breathBinUs;
    private final long levelLookbackUs;
    private final long slideAfterRiseUs;
    private double[] scratch = new double[256];

    RepPlacer(AnalyticsSettings settings, ContactPosition position, LoadHistory load) {
        this.settings = settings;
        this.detection = settings.repDetection();
        this.fitSettings = settings.repFit();
        this.position = position;
        this.load = load;
        this.joint = new JointFitSearch(fitSettings);
        this.breaths = new BreathCounter(Micros.of(detection.breathCountMinSeconds()),
                detection.breathHysteresisFraction());
        this.windowLookbackUs = Micros.of(fitSettings.windowLookbackSeconds());
        this.minWindowUs = Micros.of(fitSettings.minWindowSeconds());
        this.rollLookbackUs = Micros.of(detection.rollLookbackSeconds());
        this.outerReachUs = Micros.of(fitSettings.rampOuterReachSeconds());
        this.innerReachUs = Micros.of(fitSettings.rampInnerReachSeconds());
        this.rampBinUs = Micros.of(fitSettings.rampBinSeconds());
        this.breathBinUs = Micros.of(fitSettings.breathBinSeconds());
        this.levelLookbackUs = Micros.of(detection.levelLookbackSeconds());
        this.slideAfterRiseUs = Micros.of(detection.slideAfterRiseSeconds());
    }

    /** A new session: its breathing rate is not known yet. */
    void newSession() {
        joint.newSession();
    }

    /** Places {@code c}: adds its events to {@code out}; returns the rep, or null, and the baseline it measured. */
    Placement place(Candidate c, List<SessionEvent> out) {
        TimeSeriesRing smooth = load.smooth();
        double f0 = c.judge().f0N();
        long crossUpUs = c.crossUpUs();
        long returnUs = c.returnUs();
        long winStart = Math.max(c.prevEndUs(), crossUpUs - windowLookbackUs);
        if (c.shiftStillUs() < crossUpUs) {
            winStart = Math.max(winStart, Math.min(c.shiftStillUs(), crossUpUs - minWindowUs));
        }
        // plateau level: the upper part of the smoothed load while above the rise threshold
        int n = 0;
        for (int i = Math.max(0, smooth.floorIndex(crossUpUs)); i < smooth.size() && smooth.timeAt(i) <= returnUs; i++) {
            if (n == scratch.length) {
                scratch = Arrays.copyOf(scratch, n * 2);
            }
            scratch[n++] = smooth.valueAt(i);
        }
        double top = n == 0 ? c.maxFs()
                : OrderStatistic.select(scratch, n, (int) (detection.plateauTopQuantile() * (n - 1)));
        if (top - f0 < detection.rollingTopFraction() * f0
                && rolledCm(crossUpUs - rollLookbackUs, returnUs) >= settings.shiftMinCm()) {
            // a shift whose load bump, with a breath, crossed the rise threshold
            out.add(new SessionEvent.RepCancelled(c.nowUs()));
            return Placement.cancelled(Double.NaN);
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
        t50u -= (long) load.smoothTauUs();
        t50d -= (long) load.smoothTauUs();
        long split = (t50u + t50d) / 2;

        long riseFrom = Math.max(winStart, t50u - outerReachUs);
        long riseTo = Math.min(split, t50u + innerReachUs);
        long retFrom = Math.max(split, t50d - innerReachUs);
        long retTo = Math.min(c.windowEndUs(), t50d + outerReachUs);
        double midOuter = fitSettings.rampMidOuterSeconds();
        double midInner = fitSettings.rampMidInnerSeconds();
        RampFit.Ramp riseRamp = fitRamp(riseFrom, riseTo, t50u, -midOuter, midInner, fitSettings.rampMinSeconds(),
                fitSettings.riseMaxSeconds());
        RampFit.Ramp retRamp = fitRamp(retFrom, retTo, t50d, -midInner, midOuter, fitSettings.rampMinSeconds(),
                fitSettings.returnMaxSeconds());
        double baselineN = Double.NaN;
        if (riseRamp != null && retRamp != null) {
            // the breathing, fitted together with the rise and return; then the ramps placed again without it
            double origin = t50u / 1e6;
            int nb = bins.collect(load.raw(), riseFrom, retTo, origin, breathBinUs);
            FitJudge judge = c.judge();
            BreathFit.Fit jointFit = joint.search(bins.times(), bins.values(), nb, origin, riseRamp, retRamp, riseFrom,
                    retTo, t50u, t50d, judge);
            BreathFit.Levels levels = jointFit == null ? null : joint.levels(jointFit);
            boolean believed = levels != null && judge.plausible(levels);
            boolean lowTop = top - f0 < detection.cancelTopFraction() * f0;
            if (believed) {
                // the load after the return, breathing aside, is the best baseline there is: take
                // it, unless the fit has the level step across the rep: one of its two levels is
                // off, and a hint stands until 4 s of neutral load come together, which quick reps
                // with short rests may never give (an F0 taken 10 % low would leave every later
                // return short of it, and reps would merge for the rest of the session)
                if (!judge.stepsAcross(levels)) {
                    baselineN = levels.after();
                }
                if (levels.rise() < settings.repRiseFraction() * levels.before() && lowTop) {
                    // breathing (and a baseline caught in its trough) made this look like a rep
                    out.add(new SessionEvent.RepCancelled(c.nowUs()));
                    return Placement.cancelled(baselineN);
                }
            } else if (jointFit != null && lowTop) {
                // a lone breath's peak: the joint fit's ramps and breathing can trade against each
                // other without limit and say anything, so ask whether breathing alone explains it
                BreathFit.BreathOnly only = joint.breathOnly();
                if (only != null && judge.breathingAlone(only, Math.sqrt(jointFit.sse() / nb), nb)) {
                    out.add(new SessionEvent.RepCancelled(c.nowUs()));
                    return Placement.cancelled(only.levelN());
                }
            }
            if (jointFit != null && (believed
                    || Math.abs(jointFit.rise().t0() + origin - riseRamp.t0()) <= fitSettings.astrayRiseSeconds())) {
                // a fit not believed whose rise is also far from the one fitted without breathing
                // went astray (a rate far from the breathing's, in a short window after a shift,
                // can put a rise seconds early at the foot of the breath before it): those ramps stay
                riseRamp = new RampFit.Ramp(jointFit.rise().t0() + origin, jointFit.rise().d(), jointFit.sse());
                retRamp = new RampFit.Ramp(jointFit.ret().t0() + origin, jointFit.ret().d(), jointFit.sse());
            }
        }
        long startUs = riseRamp != null ? (long) (riseRamp.t0() * 1e6) : load.quickRiseBegin(f0, crossUpUs);
        long riseEndUs = riseRamp != null ? (long) (riseRamp.end() * 1e6) : t50u;
        long retStartUs = retRamp != null ? (long) (retRamp.t0() * 1e6) : t50d;
        long endUs = retRamp != null ? (long) (retRamp.end() * 1e6) : returnUs;
        startUs = Math.max(startUs, c.sessionStartUs());
        endUs = Math.max(endUs, riseEndUs);
        double holdS = Math.max(0, (retStartUs - riseEndUs) / 1e6);
        boolean held = holdS >= settings.holdMinSeconds();
        // the level where the rise began: the fitted begin, or just before it if the contact was
        // higher then, so that a compensating slide (toward the feet) already under way at the
        // fitted instant does not move it, while a shift toward the head that ended right at the
        // rise counts where it ended
        double s0 = Math.max(position.sAt(startUs - levelLookbackUs), position.sAt(startUs));
        Level level = position.levelAt(s0);
        double slide = s0 - position.minSBetween(startUs, Math.max(startUs, riseEndUs + slideAfterRiseUs));
        boolean compensated = slide >= settings.compensationSlideCm() || level == Level.L;
        int breathCount = breaths.count(smooth, riseEndUs, retStartUs, f0);
        long sessionStartUs = c.sessionStartUs();
        Rep rep = new Rep(level, (startUs - sessionStartUs) / 1e6, (endUs - sessionStartUs) / 1e6, holdS, held,
                compensated, breathCount);
        if (compensated) {
            out.add(new SessionEvent.CompensationDetected(riseEndUs, level, slide));
        }
        out.add(new SessionEvent.RepEnded(endUs, rep));
        return new Placement(rep, startUs, endUs, baselineN);
    }

    /** How far the contact rolled over [fromUs, toUs], cm: the larger of its travel either way from where it was at {@code fromUs}. */
    private double rolledCm(long fromUs, long toUs) {
        double s = position.sAt(fromUs);
        return Math.max(position.maxSBetween(fromUs, toUs) - s, s - position.minSBetween(fromUs, toUs));
    }

    /** Fits a ramp to the raw load in [fromUs, toUs] (binned for ramps), middle near {@code midUs}. */
    private RampFit.Ramp fitRamp(long fromUs, long toUs, long midUs, double midLoS, double midHiS, double dMinS,
            double dMaxS) {
        double base = midUs / 1e6; // fit in seconds relative to the middle, for precision
        int n = bins.collect(load.raw(), fromUs, toUs, base, rampBinUs);
        double[] bt = bins.times();
        double[] by = bins.values();
        fit.clear();
        for (int j = 0; j < n; j++) {
            fit.add(bt[j], by[j]);
        }
        RampFit.Ramp r = fit.fit(midLoS, midHiS, dMinS, dMaxS);
        return r == null ? null : new RampFit.Ramp(r.t0() + base, r.d(), r.sse());
    }
}
