package org.rollerhub.analytics.internal.zones;

import java.util.List;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.internal.position.ContactPosition;
import org.rollerhub.analytics.internal.position.RollTracker;

/**
 * A session's loaded time in the neck and lumbar zones, and the live zone events. The live events
 * follow the live position; the summary's time at rests, and while moving near a zone's edge, is
 * kept and placed at the session's end by each rest's averaged gravity ({@link RestZoneTime},
 * {@link MotionZoneTime}); the rest is counted where the live position puts it. Fixed memory.
 * Not thread-safe.
 */
public final class SessionZoneTime {
    /** Rests a session's zone time is kept for, to be placed at its end (about 30 a minute). */
    private static final int REST_ZONE_CAPACITY = 4096;
    /** Samples of moving near a zone's edge a session's zone time is kept for, to be placed at its end. */
    private static final int MOTION_ZONE_CAPACITY = 8192;

    private final double loadedN;
    private final RollTracker roll;
    private final ContactPosition position;
    private final RestZoneTime restZones = new RestZoneTime(REST_ZONE_CAPACITY);
    private final MotionZoneTime motionZones = new MotionZoneTime(MOTION_ZONE_CAPACITY);
    private double neckUs;
    private double lumbarUs;
    private Level zone;

    /**
     * @param loadedN load above which the roller is loaded and zone time counts, N
     * @param roll the roller's rotation and its rests
     * @param position the contact's live position
     */
    public SessionZoneTime(double loadedN, RollTracker roll, ContactPosition position) {
        this.loadedN = loadedN;
        this.roll = roll;
        this.position = position;
    }

    /** A session may be starting: forgets the last one's time. */
    public void reset() {
        neckUs = 0;
        lumbarUs = 0;
        zone = null;
        restZones.reset();
        motionZones.reset();
    }

    /** The session is confirmed, started at {@code startUs}: the rest it started in is where zone time is placed from. */
    public void startedAt(long startUs) {
        restZones.startedIn(roll.inRest() && roll.rests().reachedUs() <= startUs ? roll.rests().restId() : 0);
    }

    /** Forgets the live zone, so that the next {@link #add} that is live announces where the contact is. */
    public void forgetLiveZone() {
        zone = null;
    }

    /**
     * Adds {@code dtUs} of zone time up to the pressure sample at {@code tUs} with load {@code f}, N,
     * if loaded in a zone; adds zone changes to {@code out} when {@code live}.
     */
    public void add(double f, long dtUs, boolean live, long tUs, List<SessionEvent> out) {
        boolean loaded = f > loadedN;
        double s = position.sNow();
        Level level = position.levelAt(s);
        Level now = loaded && !level.thoracic() ? level : null;
        // at a rest the time is placed at the session's end, by the rest's averaged gravity; so is
        // moving near a zone's edge, by the rests on either side
        if (!(roll.inRest() && restZones.add(roll.rests().restId(), dtUs, loaded, now, roll.rests()))) {
            long settlingSinceUs = roll.rests().settlingSinceUs();
            if (!(settlingSinceUs == Long.MIN_VALUE && loaded && motionZones.add(tUs, s, dtUs, position))) {
                if (now == Level.C) {
                    neckUs += dtUs;
                } else if (now == Level.L) {
                    lumbarUs += dtUs;
                }
            }
            restZones.settling(settlingSinceUs, dtUs, loaded, now);
        }
        if (live && now != zone) {
            if (zone != null) {
                out.add(new SessionEvent.ZoneLeft(tUs, zone));
            }
            if (now != null) {
                out.add(new SessionEvent.ZoneEntered(tUs, now));
            }
            zone = now;
        }
    }

    /** The session ended at {@code atUs}: leaves the live zone, if in one. */
    public void leave(long atUs, List<SessionEvent> out) {
        if (zone != null) {
            out.add(new SessionEvent.ZoneLeft(atUs, zone));
            zone = null;
        }
    }

    /** Places the time kept at rests and near edges; once, at the session's end. */
    public void placeKept() {
        long[] atRests = new long[2];
        restZones.placeInto(atRests, position, roll.rests());
        motionZones.placeInto(atRests, position, restZones);
        neckUs += atRests[0];
        lumbarUs += atRests[1];
    }

    /** Time in the neck zone, s. */
    public double neckS() {
        return neckUs / 1e6;
    }

    /** Time in the lumbar zone, s. */
    public double lumbarS() {
        return lumbarUs / 1e6;
    }
}
