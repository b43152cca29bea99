package org.rollerhub.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.position.RollTracker;
import org.rollerhub.analytics.internal.position.ShiftTracker;
import org.rollerhub.analytics.internal.position.SpineMap;
import org.rollerhub.analytics.internal.reps.RepTracker;
import org.rollerhub.analytics.internal.session.CrossingFit;
import org.rollerhub.analytics.internal.session.PendingGaps;
import org.rollerhub.analytics.internal.session.PressureZero;
import org.rollerhub.analytics.internal.signal.TimeMerge;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;
import org.rollerhub.analytics.internal.zones.SessionZoneTime;

/**
 * The push-based analytics core: samples in, events out. Pure: no threads, no IO, no wall clock;
 * time comes from sample timestamps. Feed IMU and pressure samples in arrival order; the answer
 * is the same live or offline. Not thread-safe.
 *
 * <p>How it works: {@link TimeMerge} puts the two sample streams back into one time order (IMU
 * and pressure come in separate batches). The {@link RollTracker} integrates bias-corrected gx
 * into the roller's rotation, learning the gyro bias while still; {@link ContactPosition} turns
 * that into s = r·Δθ and a level. The load (sum of cells, minus a pressure zero tracked while
 * unloaded) drives the session state machine here (IDLE → STARTING once above 80 N → IN_SESSION
 * after 1 s → ENDING once below 40 N → IDLE after 5 s; start and end are fitted by
 * {@link CrossingFit} once the samples after them are in, and lost packets wait in
 * {@link PendingGaps} until then), the {@link RepTracker} (baseline,
 * reps, holds, compensation) and zone times (the live events from the live position; the
 * summary's time at rests placed at the session's end by each rest's averaged gravity,
 * {@link SessionZoneTime}); the {@link ShiftTracker} watches the rolling between
 * rests. Every threshold is a setting ({@link AnalyticsSettings}); memory is bounded whatever the
 * length of the stream.
 */
public final class SessionAnalyzer {
    private enum Phase { IDLE, STARTING, IN_SESSION, ENDING }

    private static final long MAX_LAG_US = 1_500_000;
    private static final long MAX_ZONE_STEP_US = 2_000_000;
    /** Widest step between pressure samples (25 Hz is 40 ms) across which a threshold crossing is interpolated, µs. */
    private static final long MAX_CROSSING_STEP_US = 50_000;
    /**
     * How far from the crossing found live the corrected one is looked for, µs: a zero off by
     * 10-20 N (followed while getting on, or drifted over a long session) moves it along a
     * getting-on or -off ramp by up to about a second.
     */
    private static final long RESCAN_US = 1_500_000;
    /**
     * How long lost packets wait before they are counted, µs: a session's start and end, once the
     * samples after them are in, may move from where they were seen live by up to {@link #RESCAN_US}.
     */
    private static final long GAP_HOLD_US = RESCAN_US;
    /** After the load falls below the unloaded threshold, the getting off is over by then, µs. */
    private static final long SETTLED_AFTER_END_US = 1_500_000;
    /** Unloaded readings needed to measure the zero's drift over a session. */
    private static final int MIN_DRIFT_SAMPLES = 10;
    /** Seconds of raw load kept for refining crossings (the end is final 5 s after it). */
    private static final double LOAD_HISTORY_S = 7.0;

    private final AnalyticsSettings settings;
    private final RollerSetup setup;
    private final TimeMerge merge;
    private final RollTracker roll;
    private final ContactPosition position;
    private final RepTracker reps;
    private final ShiftTracker shifts;
    private final TimeMerge.Consumer consumer = new TimeMerge.Consumer() {
        @Override
        public void imu(long tUs, double gx, double ay, double az) {
            onImu(tUs, gx, ay, az);
        }

        @Override
        public void pressure(long tUs, double forceN) {
            onPressure(tUs, forceN);
        }
    };

    private final long confirmUs;
    private final long endUs;
    private final PressureZero zero;
    private final TimeSeriesRing rawLoads;

    private final List<SessionEvent> out = new ArrayList<>();
    private Phase phase = Phase.IDLE;
    private long lastPressureUs = Long.MIN_VALUE;
    private double lastForceN; // load at lastPressureUs, N
    private long lastSampleUs = Long.MIN_VALUE;

    // the session being built
    private long startUs;
    private long endCandidateUs;
    private final List<Shift> shiftList = new ArrayList<>();
    private final List<ShiftTracker.Detected> pendingShifts = new ArrayList<>();
    private long lost;
    private double driftSumN; // unloaded load after the end candidate, for the zero's drift
    private int driftCount;
    private final SessionZoneTime zones;
    // lost packets until it is known whether they fall inside a session
    private final PendingGaps gaps = new PendingGaps(256);

    public SessionAnalyzer(AnalyticsSettings settings, RollerSetup setup) {
        this.settings = settings;
        this.setup = setup;
        int imuRate = Math.max(1, setup.imuRateHz());
        int pressureRate = Math.max(1, setup.pressureRateHz());
        this.merge = new TimeMerge(MAX_LAG_US, Math.max(256, imuRate * 4), Math.max(64, pressureRate * 4));
        this.roll = new RollTracker(Math.toRadians(settings.stillRateDegPerS()), settings.gyroBiasTauSeconds(),
                imuRate, 60.0);
        this.position = new ContactPosition(roll, new SpineMap(settings.statureCm(), settings.startLevel()),
                setup.diameterMm());
        this.reps = new RepTracker(settings, position, pressureRate);
        this.shifts = new ShiftTracker(settings.shiftMinCm(), settings.restSeconds(), position);
        this.zones = new SessionZoneTime(settings.loadedN(), roll, position);
        this.confirmUs = (long) (settings.sessionConfirmSeconds() * 1e6);
        this.endUs = (long) (settings.sessionEndSeconds() * 1e6);
        this.zero = new PressureZero(settings.zeroTauSeconds());
        this.rawLoads = new TimeSeriesRing((int) Math.min(1 << 14, Math.max(64, LOAD_HISTORY_S * pressureRate)));
    }

    /** Takes one IMU sample; returns the events it completes (often none). */
    public List<SessionEvent> accept(ImuSample sample) {
        merge.addImu(sample.tUs(), sample.gxRadS(), sample.ayG(), sample.azG(), consumer);
        return drainEvents();
    }

    /** Takes one pressure sample; returns the events it completes (often none). */
    public List<SessionEvent> accept(PressureSample sample) {
        merge.addPressure(sample.tUs(), sample.totalN(), consumer);
        return drainEvents();
    }

    /**
     * The link lost {@code lostPackets} packets sent at device time {@code sentUs}: a gap, not a
     * spurious event. The samples simply are not there; the trackers bridge the time step. The
     * packets count toward the session whose start and end enclose {@code sentUs}, decided once
     * those are final (packets may be reported in any order, up to {@link #GAP_HOLD_US} late).
     */
    public List<SessionEvent> linkGap(long sentUs, int lostPackets) {
        if (lostPackets > 0) {
            if (gaps.isFull()) { // more than any real link loses in a few seconds: decide the oldest now
                lost += gaps.takeOldest(phase == Phase.IDLE ? Long.MAX_VALUE : startUs);
            }
            gaps.add(sentUs, lostPackets);
        }
        return drainEvents();
    }

    /** Counts or drops the lost packets that are now surely inside or outside a session. */
    private void settleGaps(long tUs) {
        if (gaps.isEmpty()) {
            return;
        }
        switch (phase) {
            case IDLE -> gaps.takeBefore(tUs - GAP_HOLD_US); // before any session that could start now
            case STARTING -> {
            } // the start is not final yet
            case IN_SESSION -> lost += gaps.takeBefore(tUs - GAP_HOLD_US);
            case ENDING -> lost += gaps.takeBefore(Math.min(tUs, endCandidateUs) - GAP_HOLD_US);
        }
    }

    /** End of the stream: closes a session still open, as if its load came off at the last sample. */
    public List<SessionEvent> finish() {
        merge.flush(consumer);
        if (phase == Phase.IN_SESSION) {
            endSession(lastSampleUs);
        } else if (phase == Phase.ENDING) {
            endSession(finalEndUs());
        }
        phase = Phase.IDLE;
        return drainEvents();
    }

    private List<SessionEvent> drainEvents() {
        if (out.isEmpty()) {
            // nearly every sample completes no event: an empty list whose iterator is shared, so a
            // caller's for-each allocates nothing (List.of()'s makes an iterator each time, and
            // this runs for every sample)
            return Collections.emptyList();
        }
        List<SessionEvent> events = List.copyOf(out);
        out.clear();
        return events;
    }

    private void onImu(long tUs, double gx, double ay, double az) {
        lastSampleUs = Math.max(lastSampleUs, tUs);
        roll.accept(tUs, gx, ay, az);
        if (phase == Phase.IN_SESSION || phase == Phase.ENDING) {
            ShiftTracker.Detected d = shifts.onImu(tUs, reps.busyCandidate(), phase == Phase.ENDING);
            if (d != null) {
                if (d.overlappedCandidates()) {
                    pendingShifts.add(d); // a shift once the candidates it overlapped turn out not to be reps
                } else {
                    addShift(d);
                }
            }
            settlePendingShifts();
        }
    }

    /** Shifts that overlapped rep candidates: each is added once those are known not to be reps, or dropped. */
    private void settlePendingShifts() {
        while (!pendingShifts.isEmpty() && reps.resolvedThrough(pendingShifts.get(0).lastCandidate())) {
            ShiftTracker.Detected d = pendingShifts.remove(0);
            if (!reps.anyRepOverlaps(d.firstCandidate(), d.lastCandidate(), d.motionStartUs(), d.stillUs())) {
                addShift(d);
            }
        }
    }

    private void addShift(ShiftTracker.Detected d) {
        Shift shift = new Shift((d.beganUs() - startUs) / 1e6, d.from(), d.to(), d.distanceCm());
        int at = shiftList.size();
        while (at > 0 && shiftList.get(at - 1).atS() > shift.atS()) {
            at--; // one that waited on a candidate comes after a later one found meanwhile
        }
        shiftList.add(at, shift);
        reps.shiftEnded(d.stillUs());
        out.add(new SessionEvent.ShiftDetected(d.restedUs(), shift));
    }

    private void onPressure(long tUs, double rawN) {
        lastSampleUs = Math.max(lastSampleUs, tUs);
        if (!zero.known()) {
            zero.set(tUs, rawN < settings.unloadedN() ? rawN : 0);
        }
        rawLoads.add(tUs, rawN);
        double f = rawN - zero.valueN();
        // a session starts and ends where the load crosses its threshold, found between the two
        // samples around the crossing (at 25-200 Hz the first sample past it is up to 40 ms late);
        // refined once the samples after it are in (CrossingFit)
        long crossUs = tUs;
        if (phase == Phase.IDLE && f > settings.loadedN()) {
            crossUs = crossing(settings.loadedN(), tUs, f);
        } else if (phase == Phase.IN_SESSION && f < settings.unloadedN()) {
            crossUs = crossing(settings.unloadedN(), tUs, f);
        }
        long dt = lastPressureUs == Long.MIN_VALUE ? 0 : Math.min(MAX_ZONE_STEP_US, Math.max(0, tUs - lastPressureUs));
        lastPressureUs = tUs;
        lastForceN = f;
        reps.record(tUs, f);
        switch (phase) {
            case IDLE -> {
                if (f > settings.loadedN()) {
                    phase = Phase.STARTING;
                    startUs = crossUs;
                    position.zeroAt(startUs); // s = 0 from the start, for the zone time of the first second
                    lost = 0;
                    shiftList.clear();
                    zones.reset();
                } else if (Math.abs(f) < settings.unloadedN()) {
                    // nobody on the roller: follow the cells' zero as it drifts
                    zero.follow(tUs, rawN, dt);
                }
            }
            case STARTING -> {
                if (f <= settings.loadedN()) {
                    phase = Phase.IDLE; // not loaded long enough
                } else {
                    zoneTime(f, dt, false);
                    if (tUs - startUs >= confirmUs) {
                        phase = Phase.IN_SESSION;
                        // the crossing seen live was against the followed zero, and may lie after lost
                        // samples: find it against the zero before lying down, then take that zero
                        // from before the crossing found, and look again
                        double startZeroN = zero.valueBefore(startUs); // the zero is not followed once loaded
                        long rough = CrossingFit.nearest(rawLoads, startZeroN, settings.loadedN(), true, startUs,
                                RESCAN_US);
                        startZeroN = zero.valueBefore(rough);
                        rough = CrossingFit.nearest(rawLoads, startZeroN, settings.loadedN(), true, rough, RESCAN_US);
                        startUs = CrossingFit.refine(rawLoads, startZeroN, settings.loadedN(), true, rough);
                        gaps.takeBefore(startUs); // sent before the session
                        position.zeroAt(startUs);
                        zones.startedAt(startUs);
                        reps.start(startUs, tUs);
                        shifts.reset();
                        pendingShifts.clear();
                        out.add(new SessionEvent.SessionStarted(startUs));
                        zones.forgetLiveZone();
                        zoneTime(f, 0, true);
                    }
                }
            }
            case IN_SESSION -> {
                if (f < settings.unloadedN()) {
                    phase = Phase.ENDING;
                    endCandidateUs = crossUs;
                    driftSumN = 0;
                    driftCount = 0;
                }
                zoneTime(f, dt, true);
                reps.step(out);
                settlePendingShifts();
            }
            case ENDING -> {
                boolean back = f >= settings.unloadedN();
                if (back) {
                    phase = Phase.IN_SESSION; // back on the roller
                } else if (tUs - endCandidateUs >= SETTLED_AFTER_END_US) {
                    driftSumN += f; // nobody on it: what the cells read now is their drift since the start
                    driftCount++;
                }
                zoneTime(f, dt, true);
                reps.step(out);
                settlePendingShifts();
                if (!back && tUs - endCandidateUs >= endUs) {
                    endSession(finalEndUs());
                    phase = Phase.IDLE;
                }
            }
        }
        settleGaps(tUs);
    }

    /**
     * The end of a session in ENDING: where the true load crossed the unloaded threshold. The
     * cells' zero was last followed before the session and drifts (up to ±3 N a minute), so the
     * load is corrected by the drift read once the rider is off, and the crossing fitted.
     */
    private long finalEndUs() {
        double driftN = driftCount >= MIN_DRIFT_SAMPLES ? driftSumN / driftCount : 0;
        double offsetN = zero.valueN() + driftN;
        long rough = CrossingFit.nearest(rawLoads, offsetN, settings.unloadedN(), false, endCandidateUs, RESCAN_US);
        long end = CrossingFit.refine(rawLoads, offsetN, settings.unloadedN(), false, rough);
        if (driftCount >= MIN_DRIFT_SAMPLES) {
            zero.set(lastPressureUs, zero.valueN() + driftN);
        }
        return end;
    }

    /**
     * Device time at which the load crossed {@code thresholdN} on its way to {@code f} at
     * {@code tUs}: linear between the previous pressure sample and this one, µs; {@code tUs} when
     * there is no previous sample close enough (first sample, or across lost samples).
     */
    private long crossing(double thresholdN, long tUs, double f) {
        if (lastPressureUs == Long.MIN_VALUE || tUs - lastPressureUs > MAX_CROSSING_STEP_US
                || tUs <= lastPressureUs || f == lastForceN) {
            return tUs;
        }
        double frac = (thresholdN - lastForceN) / (f - lastForceN);
        if (!(frac >= 0 && frac <= 1)) {
            return tUs;
        }
        return lastPressureUs + Math.round(frac * (tUs - lastPressureUs));
    }

    /** Adds {@code dtUs} of zone time if loaded in a zone; emits zone changes when {@code live}. */
    private void zoneTime(double f, long dtUs, boolean live) {
        zones.add(f, dtUs, live, lastPressureUs, out);
    }

    private void endSession(long atUs) {
        reps.finish(out);
        settlePendingShifts(); // every candidate is resolved now
        pendingShifts.clear();
        zones.leave(atUs, out);
        long end = Math.max(atUs, startUs);
        lost += gaps.takeUpTo(end);
        zones.placeKept();
        SessionSummary summary = new SessionSummary(startUs, end, (end - startUs) / 1e6, reps.reps(), shiftList,
                zones.neckS(), zones.lumbarS(), lost, settings.statureCm(), settings.startLevel());
        out.add(new SessionEvent.SessionEnded(end, summary));
    }

    /** Read-only, for pictures: contact position at the latest IMU sample analysed, cm (as {@link SpineMap}'s s; 0 at the session's start). */
    public double contactCm() {
        return position.sNow();
    }

    /** Read-only, for pictures: load at the latest pressure sample analysed, less the cells' zero, N. */
    public double loadN() {
        return lastForceN;
    }

    /** Read-only: device time of the latest sample analysed, µs; {@code Long.MIN_VALUE} before any. */
    public long analysedUs() {
        return lastSampleUs;
    }

    public AnalyticsSettings settings() {
        return settings;
    }

    public RollerSetup setup() {
        return setup;
    }
}
