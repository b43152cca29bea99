package org.rollerhub.reports.model;

import java.time.ZonedDateTime;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Totals;
import org.rollerhub.store.Trace;

/**
 * Everything the report of one session shows, ready to render: no store, no JSON.
 *
 * @param person whose session it is
 * @param sessionId the summary's id
 * @param deviceId the roller
 * @param firmware the roller's firmware, or null
 * @param startedAt when it began, in the person's zone
 * @param startKnown false when the summary had no wall-clock start (a re-analysed recording):
 *     {@code startedAt} is then when it was filed
 * @param recovered whether the summary was recovered from a capture after a crash
 * @param totals the session's figures ({@code sessions} = 1, {@code seconds} = its length, s)
 * @param levels the spine map: C, T1..T12, L, each present even without reps
 * @param reps every rep, in time order
 * @param shifts every shift, in time order
 * @param trace contact position and load over time, or null when the store has none
 */
public record SessionView(Person person, String sessionId, String deviceId, String firmware, ZonedDateTime startedAt,
        boolean startKnown, boolean recovered, Totals totals, List<LevelRow> levels, List<RepRow> reps,
        List<ShiftRow> shifts, Trace trace) {

    public SessionView {
        levels = List.copyOf(levels);
        reps = List.copyOf(reps);
        shifts = List.copyOf(shifts);
    }

    /** When it ended, in the person's zone. */
    public ZonedDateTime endedAt() {
        return startedAt.plusNanos(Math.round(totals.seconds() * 1e9));
    }
}
