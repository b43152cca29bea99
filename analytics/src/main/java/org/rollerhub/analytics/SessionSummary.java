package org.rollerhub.analytics;

import java.util.List;

/**
 * What the analytics found in one session: the analytic part of the published summary
 * ({@code session-summary.schema.json}); the hub adds ids, wall-clock times and link counters.
 *
 * @param startUs device time of the session's start (load rose above 80 N), µs unwrapped
 * @param endUs device time of its end (load fell below 40 N for good), µs unwrapped
 * @param durationS end − start, seconds
 * @param reps every rep, in time order
 * @param shifts every segment shift, in time order
 * @param neckS time loaded with the contact in the neck zone, seconds
 * @param lumbarS time loaded with the contact in the lumbar zone, seconds
 * @param lostPackets packets lost (seq gaps) during the session
 * @param statureCm the stature the spine map used
 * @param startLevel the level taken as s = 0
 */
public record SessionSummary(
        long startUs,
        long endUs,
        double durationS,
        List<Rep> reps,
        List<Shift> shifts,
        double neckS,
        double lumbarS,
        long lostPackets,
        double statureCm,
        Level startLevel) {

    public SessionSummary {
        reps = List.copyOf(reps);
        shifts = List.copyOf(shifts);
    }
}
