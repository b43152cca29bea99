package org.rollerhub.store.clinic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.rollerhub.store.Progress;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.WeekProgress;

/**
 * One patient's flags on the clinic's patient list, and the figures behind them. Pure: computed
 * from {@link PatientFacts} at an instant with {@link FlagSettings}.
 *
 * <ul>
 * <li><b>No session</b>: the later of the last session's start and when the patient was added is
 *     more than {@code noSessionDays} × 24 h before now (exactly that long ago is not flagged).</li>
 * <li><b>Adherence</b>: in the last full local week (Monday to Sunday before the current week, in the
 *     patient's zone) the plan days over the days the plans ask for ({@link WeekProgress#planDays()}
 *     / {@link WeekProgress#requiredDays()}, at most 100 %) is below {@code adherenceMinPct}. A week
 *     with no counted day (the patient was added after it) raises nothing.</li>
 * <li><b>Compensation rising</b>: compensations per rep over the sessions started in the last 7 × 24 h
 *     minus that over the 7 × 24 h before is more than {@code compensationRisePerRep}, both windows
 *     having at least {@code compensationMinReps} reps.</li>
 * <li><b>Hub offline</b>: the patient has a roller lent and its hub's last status is not
 *     {@code connected}, is older than {@code hubSilentMinutes}, or was never received. A patient
 *     with no roller lent raises nothing.</li>
 * </ul>
 *
 * @param facts what they were computed from
 * @param daysSinceSession whole days since the last session (or since being added, if none)
 * @param noSession the no-session flag
 * @param weekAdherencePct the days part of the last full week's adherence, %; null if the week had no counted day
 * @param adherenceLow the adherence flag
 * @param compensationRateLast compensations per rep, last 7 days; null without reps
 * @param compensationRatePrevious compensations per rep, the 7 days before; null without reps
 * @param compensationRising the compensation flag
 * @param hubOffline the hub flag
 * @param hubNote the hub's state in words, e.g. {@code connected}, {@code lost}, {@code silent 42 min},
 *     {@code never seen}, {@code no roller}
 */
public record PatientFlags(PatientFacts facts, long daysSinceSession, boolean noSession, Double weekAdherencePct,
        boolean adherenceLow, Double compensationRateLast, Double compensationRatePrevious, boolean compensationRising,
        boolean hubOffline, String hubNote) {

    private static final Duration WEEK = Duration.ofDays(7);

    /** How many flags are raised (the list shows the most flagged first). */
    public int count() {
        return (noSession ? 1 : 0) + (adherenceLow ? 1 : 0) + (compensationRising ? 1 : 0) + (hubOffline ? 1 : 0);
    }

    public static PatientFlags of(PatientFacts f, FlagSettings s, Instant now) {
        Instant since = f.person().createdAt();
        if (f.lastSession() != null && f.lastSession().isAfter(since)) {
            since = f.lastSession();
        }
        Duration idle = Duration.between(since, now);
        boolean noSession = idle.compareTo(Duration.ofDays(s.noSessionDays())) > 0;

        Double weekPct = lastFullWeekDaysPct(f, now);
        boolean adherenceLow = weekPct != null && weekPct < s.adherenceMinPct();

        int[] last = window(f, now.minus(WEEK), now);
        int[] previous = window(f, now.minus(WEEK).minus(WEEK), now.minus(WEEK));
        Double rateLast = last[0] == 0 ? null : (double) last[1] / last[0];
        Double ratePrevious = previous[0] == 0 ? null : (double) previous[1] / previous[0];
        boolean rising = last[0] >= s.compensationMinReps() && previous[0] >= s.compensationMinReps()
                && rateLast - ratePrevious > s.compensationRisePerRep();

        boolean offline;
        String note;
        if (f.deviceId() == null) {
            offline = false;
            note = "no roller";
        } else if (f.hubSeenAt() == null) {
            offline = true;
            note = "never seen";
        } else {
            long silentMin = Duration.between(f.hubSeenAt(), now).toMinutes();
            if (!"connected".equals(f.hubLink())) {
                offline = true;
                note = f.hubLink();
            } else if (Duration.between(f.hubSeenAt(), now).compareTo(Duration.ofMinutes(s.hubSilentMinutes())) > 0) {
                offline = true;
                note = "silent " + silentMin + " min";
            } else {
                offline = false;
                note = "connected";
            }
        }
        return new PatientFlags(f, Math.max(0, idle.toDays()), noSession, weekPct, adherenceLow, rateLast, ratePrevious,
                rising, offline, note);
    }

    /** The days part of the adherence of the week before the current local week, %; null if none of its days count. */
    static Double lastFullWeekDaysPct(PatientFacts f, Instant now) {
        LocalDate today = now.atZone(f.person().zone()).toLocalDate();
        LocalDate lastSunday = today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        WeekProgress w = Progress.of(f.person(), f.recent(), f.plans(), lastSunday, 1).weeks().get(0);
        if (w.countedDays() == 0 || w.requiredDays() <= 0) {
            return null;
        }
        // rounded to 0.1 %: required days are sevenths added up, and 5 × 5/7 must be 100 %, not 99.99999 %
        return Math.round(1000.0 * Math.min(1.0, w.planDays() / w.requiredDays())) / 10.0;
    }

    /** Reps and compensations of the sessions started in (from, to]. */
    private static int[] window(PatientFacts f, Instant from, Instant to) {
        int[] out = new int[2];
        for (StoredSession x : f.recent()) {
            if (x.startedAt().isAfter(from) && !x.startedAt().isAfter(to)) {
                out[0] += x.reps();
                out[1] += x.compensations();
            }
        }
        return out;
    }
}
