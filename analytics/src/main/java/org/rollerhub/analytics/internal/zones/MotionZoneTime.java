package org.rollerhub.analytics.internal.zones;

import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.internal.position.ContactPosition;

/**
 * A session's loaded time while the roller moves near a zone's edge, kept sample by sample and
 * placed once the session is over, with the live position corrected by what the rests on either
 * side tell of its error ({@link RestZoneTime#liveErrorCmAt}). Why: a rep's slow slide can dip the
 * contact a fraction of a millimetre into a zone for a second while the live position is that much
 * off; only time within {@link #NEAR_EDGE_CM} of an edge can change sides, so only that is kept.
 *
 * <p>Fixed memory: at most {@code capacity} samples a session; beyond them, and where no rest
 * tells the error, the live position places the time. Not thread-safe.
 */
final class MotionZoneTime {
    /**
     * How near a zone's edge the live position must be for the time to be kept, cm: the live
     * position's error while moving, up to several tenths of a millimetre early in a capture.
     */
    static final double NEAR_EDGE_CM = 0.1;

    private final int capacity;
    private final long[] timesUs;
    private final float[] liveCm;
    private final int[] dtUs;
    private int count;

    MotionZoneTime(int capacity) {
        this.capacity = capacity;
        this.timesUs = new long[capacity];
        this.liveCm = new float[capacity];
        this.dtUs = new int[capacity];
    }

    /** A new session. */
    void reset() {
        count = 0;
    }

    /**
     * Keeps {@code dtUs} of loaded time at {@code tUs} (in time order) with the live position
     * {@code sCm}, if that is near a zone's edge and there is room; false if not kept (the caller
     * counts it live).
     */
    boolean add(long tUs, double sCm, long dtUs, ContactPosition position) {
        if (count == capacity || dtUs <= 0 || position.toZoneEdgeCm(sCm) > NEAR_EDGE_CM) {
            return false;
        }
        timesUs[count] = tUs;
        liveCm[count] = (float) sCm; // float: 0.1 µm at 20 cm
        this.dtUs[count] = (int) Math.min(Integer.MAX_VALUE, dtUs);
        count++;
        return true;
    }

    /**
     * Places every kept sample's time: adds it to {@code zoneUs} ([0] neck, [1] lumbar, µs).
     *
     * @param rests placed already ({@link RestZoneTime#placeInto})
     */
    void placeInto(long[] zoneUs, ContactPosition position, RestZoneTime rests) {
        for (int i = 0; i < count; i++) {
            double error = rests.liveErrorCmAt(timesUs[i]);
            double s = Double.isNaN(error) ? liveCm[i] : liveCm[i] - error;
            Level level = position.levelAt(s);
            if (level == Level.C) {
                zoneUs[0] += dtUs[i];
            } else if (level == Level.L) {
                zoneUs[1] += dtUs[i];
            }
        }
    }
}
