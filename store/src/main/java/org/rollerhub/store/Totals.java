package org.rollerhub.store;

/**
 * Rep and zone figures added up over some sessions (a week, a level).
 *
 * @param sessions sessions counted
 * @param seconds time rolled, s
 * @param reps reps
 * @param holds held reps
 * @param holdS time held over all held reps, s
 * @param compensations reps with lumbar-arch compensation
 * @param neckS time in the neck zone, s
 * @param lumbarS time in the lumbar zone, s
 * @param shifts segment shifts
 */
public record Totals(int sessions, double seconds, int reps, int holds, double holdS, int compensations, double neckS,
        double lumbarS, int shifts) {
    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Mean time a held rep was held, s; 0 without held reps. */
    public double meanHoldS() {
        return holds == 0 ? 0 : holdS / holds;
    }

    /** Share of reps with compensation, 0..1; 0 without reps. */
    public double compensationRate() {
        return reps == 0 ? 0 : (double) compensations / reps;
    }

    /** These plus one whole session. */
    public Totals plus(StoredSession s) {
        return new Totals(sessions + 1, seconds + s.durationS(), reps + s.reps(), holds + s.holds(), holdS + s.holdS(),
                compensations + s.compensations(), neckS + s.neckS(), lumbarS + s.lumbarS(), shifts + s.shifts());
    }

    /** These plus one level of one session (no time, zones or shifts: those are per session). */
    public Totals plus(LevelFigures l) {
        return new Totals(sessions + 1, seconds, reps + l.reps(), holds + l.holds(), holdS + l.holdS(),
                compensations + l.compensations(), neckS, lumbarS, shifts);
    }
}
