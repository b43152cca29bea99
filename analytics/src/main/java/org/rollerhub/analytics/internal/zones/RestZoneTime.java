package org.rollerhub.analytics.internal.zones;

import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.position.Rest;
import org.rollerhub.analytics.internal.position.RestAverages;

/**
 * A session's loaded time at rests, kept per rest and placed on the spine map once the session is
 * over. Why: the live position of a resting roller carries what the rolls before it gathered (gyro
 * drift, an accelerometer bias not learned yet early in a capture), up to a few tenths of a
 * millimetre; a contact resting that close to a zone's edge then counts seconds on the wrong side.
 * The gravity reading averaged over the whole rest, turned into an angle with the bias as known by
 * the session's end and measured from the rest the session started in, is right to a few
 * hundredths of a millimetre. A rest (or part of one) whose readings trend by more than
 * {@value #TREND_SIGMAS} standard deviations of their scatter crept: its time is spread along the
 * straight line through them, so that a creep across an edge too slow to cut the rest into parts
 * counts only its time beyond the edge. The second or so between the roller stopping and the rest being
 * reached (while the live position still carries the roll's error) counts with the rest. Once
 * placed, each rest also tells how far the live position was off at its start and end, which
 * {@link MotionZoneTime} uses for the moving in between. The live zone events keep the live
 * position; this only makes the summary's zone times.
 *
 * <p>Fixed memory: at most {@code capacity} rests a session; time at rests beyond them, at a rest
 * too short to average, or in a session that did not start at a rest is counted where the live
 * position put it. Not thread-safe.
 */
final class RestZoneTime {
    /**
     * How far a rest's readings must trend, in standard deviations of their scatter, for its time to
     * be spread along that trend rather than placed whole at its average.
     */
    static final double TREND_SIGMAS = 3;
    private final int capacity;
    private final long[] restIds;
    private final long[] loadedUs;
    private final long[] liveNeckUs; // where the live position put the same time, for a rest that cannot be placed
    private final long[] liveLumbarUs;
    private final Rest[] records; // each rest's average, once read
    // once placed: how far the live position was from the placed one at each rest's first and last reading, cm
    private final double[] liveErrorFirstCm;
    private final double[] liveErrorLastCm;
    private int cursor; // for liveErrorCmAt: rests wholly before the time last asked
    private int placedBefore = -1; // the last placed one of those
    private int count;
    private long zeroRestId;
    // loaded time since the roller came to rest, not yet at a rest reached
    private long pendingSinceUs = Long.MIN_VALUE;
    private long pendingLoadedUs;
    private long pendingNeckUs;
    private long pendingLumbarUs;
    // live time handed to rests, to be taken off the live totals
    private long movedNeckUs;
    private long movedLumbarUs;

    RestZoneTime(int capacity) {
        this.capacity = capacity;
        this.restIds = new long[capacity];
        this.loadedUs = new long[capacity];
        this.liveNeckUs = new long[capacity];
        this.liveLumbarUs = new long[capacity];
        this.records = new Rest[capacity];
        this.liveErrorFirstCm = new double[capacity];
        this.liveErrorLastCm = new double[capacity];
    }

    /** A new session: forgets the last one's rests. */
    void reset() {
        for (int i = 0; i < count; i++) {
            records[i] = null;
        }
        count = 0;
        zeroRestId = 0;
        forgetPending();
        movedNeckUs = 0;
        movedLumbarUs = 0;
    }

    /**
     * Time counted live, not at a rest: kept while the roller has stopped since
     * {@code settlingSinceUs} (Long.MIN_VALUE: it has not) and no rest is reached yet, to go to the
     * rest if one is reached; forgotten when it moves again.
     */
    void settling(long settlingSinceUs, long dtUs, boolean loaded, Level liveZone) {
        if (settlingSinceUs != pendingSinceUs) {
            forgetPending();
            pendingSinceUs = settlingSinceUs;
        }
        if (settlingSinceUs != Long.MIN_VALUE && loaded) {
            pendingLoadedUs += dtUs;
            pendingNeckUs += liveZone == Level.C ? dtUs : 0;
            pendingLumbarUs += liveZone == Level.L ? dtUs : 0;
        }
    }

    private void forgetPending() {
        pendingSinceUs = Long.MIN_VALUE;
        pendingLoadedUs = 0;
        pendingNeckUs = 0;
        pendingLumbarUs = 0;
    }

    /** The rest the session started in (s = 0 there); 0 if it started while the roller moved. */
    void startedIn(long restId) {
        zeroRestId = restId;
    }

    /**
     * Counts {@code dtUs} of time at rest {@code restId} (loaded in {@code liveZone} by the live
     * position, or null); false if there is no room for a new rest (the caller counts it live).
     *
     * @param averages where a rest that just closed is read from
     */
    boolean add(long restId, long dtUs, boolean loaded, Level liveZone, RestAverages averages) {
        int k = count - 1;
        if (count == 0 || restIds[k] != restId) {
            if (count > 0 && records[k] == null) {
                records[k] = averages.rest(restIds[k]); // closed by now; read it before it is forgotten
            }
            if (count == capacity) {
                forgetPending();
                return false;
            }
            k = count++;
            restIds[k] = restId;
            // the time since the roller came to rest belongs to this rest (none after a part)
            loadedUs[k] = pendingLoadedUs;
            liveNeckUs[k] = pendingNeckUs;
            liveLumbarUs[k] = pendingLumbarUs;
            movedNeckUs += pendingNeckUs;
            movedLumbarUs += pendingLumbarUs;
            records[k] = null;
        }
        forgetPending();
        if (loaded) {
            loadedUs[k] += dtUs;
            if (liveZone == Level.C) {
                liveNeckUs[k] += dtUs;
            } else if (liveZone == Level.L) {
                liveLumbarUs[k] += dtUs;
            }
        }
        return true;
    }

    /**
     * Places every rest's time: adds it to {@code zoneUs} ([0] neck, [1] lumbar, µs), and takes
     * off the time counted live that went to a rest.
     *
     * @param position the session's spine map and the roller's radius
     * @param averages the rests' averages, with the accelerometer's bias as known now
     */
    void placeInto(long[] zoneUs, ContactPosition position, RestAverages averages) {
        zoneUs[0] -= movedNeckUs;
        zoneUs[1] -= movedLumbarUs;
        cursor = 0;
        placedBefore = -1;
        if (count > 0 && records[count - 1] == null) {
            records[count - 1] = averages.rest(restIds[count - 1]);
        }
        Rest zero = null;
        for (int i = 0; i < count && zero == null; i++) {
            if (restIds[i] == zeroRestId) {
                zero = records[i];
            }
        }
        for (int i = 0; i < count; i++) {
            double turn = zero == null || records[i] == null ? Double.NaN : averages.turn(zero, records[i]);
            liveErrorFirstCm[i] = Double.NaN;
            liveErrorLastCm[i] = Double.NaN;
            if (Double.isNaN(turn)) {
                zoneUs[0] += liveNeckUs[i];
                zoneUs[1] += liveLumbarUs[i];
                continue;
            }
            double placedCm = position.radiusCm() * turn;
            Rest r = records[i];
            // measured from the average, not the line's ends: the ends are noisier, and the motion
            // between rests comes out no better placed from them
            liveErrorFirstCm[i] = position.sOf(r.liveFirstRad()) - placedCm;
            liveErrorLastCm[i] = position.sOf(r.liveLastRad()) - placedCm;
            if (!r.steady() || !zero.steady()) {
                zoneUs[0] += liveNeckUs[i]; // too few readings to place its own time better than live
                zoneUs[1] += liveLumbarUs[i];
                continue;
            }
            double trendRad = averages.trendTurn(r);
            if (Math.abs(trendRad) > TREND_SIGMAS * r.trendDoubtG()) { // g is rad on the 1 g circle
                // it crept: its time spread along the straight line through its readings, not all at its average
                double firstCm = placedCm + position.radiusCm() * averages.turnWithin(r, r.midUs(), r.firstUs());
                double lastCm = firstCm + position.radiusCm() * trendRad;
                zoneUs[0] += Math.round(loadedUs[i] * fractionBeyond(firstCm, lastCm, position.neckEdgeCm(), true));
                zoneUs[1] += Math.round(loadedUs[i] * fractionBeyond(firstCm, lastCm, position.lumbarEdgeCm(), false));
                continue;
            }
            Level level = position.levelAt(placedCm);
            if (level == Level.C) {
                zoneUs[0] += loadedUs[i];
            } else if (level == Level.L) {
                zoneUs[1] += loadedUs[i];
            }
        }
    }

    /**
     * The share of a straight run from {@code aCm} to {@code bCm} beyond {@code edgeCm}: above it
     * ({@code above}) or below it.
     */
    static double fractionBeyond(double aCm, double bCm, double edgeCm, boolean above) {
        double lo = Math.min(aCm, bCm);
        double hi = Math.max(aCm, bCm);
        double length = hi - lo;
        if (length <= 0) {
            return (above ? lo > edgeCm : lo <= edgeCm) ? 1 : 0;
        }
        double beyond = above ? hi - edgeCm : edgeCm - lo;
        return Math.max(0, Math.min(1, beyond / length));
    }

    /**
     * How far the live position is off at {@code tUs} between two rests, by {@link #placeInto}
     * (called first; then ask in time order): the live error at the end of the placed rest before,
     * going over linearly to that at the start of the placed rest after (a roll's error grows as it
     * goes; the rest after tells how much it had become), cm; one of them where the other is
     * missing, NaN where both are.
     */
    double liveErrorCmAt(long tUs) {
        while (cursor < count) {
            Rest r = records[cursor];
            if (r != null && r.lastUs() > tUs) {
                break;
            }
            if (r != null && !Double.isNaN(liveErrorLastCm[cursor])) {
                placedBefore = cursor;
            }
            cursor++;
        }
        int after = -1;
        for (int j = cursor; j < count; j++) {
            if (records[j] != null && !Double.isNaN(liveErrorFirstCm[j])) {
                after = records[j].firstUs() >= tUs ? j : -1;
                break;
            }
        }
        if (placedBefore < 0) {
            return after < 0 ? Double.NaN : liveErrorFirstCm[after];
        }
        if (after < 0) {
            return liveErrorLastCm[placedBefore];
        }
        long fromUs = records[placedBefore].lastUs();
        long toUs = records[after].firstUs();
        double u = toUs > fromUs ? (double) (tUs - fromUs) / (toUs - fromUs) : 0;
        return liveErrorLastCm[placedBefore] + (liveErrorFirstCm[after] - liveErrorLastCm[placedBefore]) * u;
    }
}
