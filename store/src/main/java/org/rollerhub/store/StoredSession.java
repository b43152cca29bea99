package org.rollerhub.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One session as the store keeps it: the summary as published, the figures history and progress
 * query, whose it is, and (on the way in, or when asked for) its trace.
 *
 * @param sessionId the summary's {@code sessionId}; the store keeps each id once
 * @param personId whose session it is
 * @param deviceId the roller
 * @param startedAt the summary's {@code startedAt}; where the summary has none (a replayed or
 *     re-analysed recording), when the capture was made or else when the session was stored
 * @param startKnown whether {@code startedAt} came from the summary
 * @param durationS length, s
 * @param reps all reps
 * @param holds held reps
 * @param holdS time held over all reps, s
 * @param compensations reps with lumbar-arch compensation
 * @param shifts segment shifts
 * @param neckS time in the neck zone, s
 * @param lumbarS time in the lumbar zone, s
 * @param recovered whether the summary was recovered from a capture after a crash
 * @param levels the per-level figures, from the head down
 * @param summaryJson the summary line exactly as published
 * @param trace the picture of the session; null when not made or not loaded
 */
public record StoredSession(String sessionId, String personId, String deviceId, Instant startedAt, boolean startKnown,
        double durationS, int reps, int holds, double holdS, int compensations, int shifts, double neckS,
        double lumbarS, boolean recovered, List<LevelFigures> levels, String summaryJson, Trace trace) {

    public StoredSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(summaryJson, "summaryJson");
        levels = List.copyOf(levels);
    }

    /** The same session filed under another person. */
    public StoredSession withPerson(String person) {
        return new StoredSession(sessionId, person, deviceId, startedAt, startKnown, durationS, reps, holds, holdS,
                compensations, shifts, neckS, lumbarS, recovered, levels, summaryJson, trace);
    }

    /** The same session with its trace. */
    public StoredSession withTrace(Trace t) {
        return new StoredSession(sessionId, personId, deviceId, startedAt, startKnown, durationS, reps, holds, holdS,
                compensations, shifts, neckS, lumbarS, recovered, levels, summaryJson, t);
    }
}
