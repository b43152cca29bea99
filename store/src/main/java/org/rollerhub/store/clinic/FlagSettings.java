package org.rollerhub.store.clinic;

/**
 * When the clinic's patient list raises a flag (docs/clinic-web.md, "Flags"). One default,
 * {@link #DEFAULT}.
 *
 * @param noSessionDays a patient with no session in the last this many days (counted from the later
 *     of their last session and when they were added) is flagged, days (1..365)
 * @param adherenceMinPct the days part of the last full local week's adherence (plan days over the
 *     days the plan asks for, {@link org.rollerhub.store.WeekProgress}) below this is flagged, % (1..100)
 * @param compensationRisePerRep compensations per rep in the last 7 days minus those of the 7 days
 *     before, above this is flagged, compensations per rep (0..1)
 * @param compensationMinReps both 7-day windows need at least this many reps, or the rate is noise
 *     and nothing is flagged, reps (1..100000)
 * @param hubSilentMinutes the hub of the patient's roller not heard from for longer than this is
 *     offline (as is one whose link is not {@code connected}), minutes (1..10080)
 */
public record FlagSettings(int noSessionDays, double adherenceMinPct, double compensationRisePerRep,
        int compensationMinReps, int hubSilentMinutes) {

    public static final FlagSettings DEFAULT = new FlagSettings(3, 100.0, 0.10, 20, 15);

    public FlagSettings {
        check(noSessionDays >= 1 && noSessionDays <= 365, "noSessionDays " + noSessionDays + " is outside 1..365");
        check(adherenceMinPct >= 1 && adherenceMinPct <= 100, "adherenceMinPct " + adherenceMinPct + " is outside 1..100");
        check(compensationRisePerRep >= 0 && compensationRisePerRep <= 1,
                "compensationRisePerRep " + compensationRisePerRep + " is outside 0..1");
        check(compensationMinReps >= 1 && compensationMinReps <= 100_000,
                "compensationMinReps " + compensationMinReps + " is outside 1..100000");
        check(hubSilentMinutes >= 1 && hubSilentMinutes <= 10_080, "hubSilentMinutes " + hubSilentMinutes + " is outside 1..10080");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
