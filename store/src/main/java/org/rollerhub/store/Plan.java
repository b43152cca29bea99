package org.rollerhub.store;

import java.time.LocalDate;
import java.util.Objects;
import org.rollerhub.analytics.Level;

/**
 * What a person means to do, in force from {@code effectiveFrom} (a local day) until the next
 * plan's date. Adherence counts a day toward the plan when its sessions add up to at least
 * {@code minSecondsPerDay} and one of them has {@code heldRepsPerSession} held reps; see
 * {@link Progress}.
 *
 * @param effectiveFrom first local day the plan is in force
 * @param daysPerWeek days a week with such a session (1..7)
 * @param minSecondsPerDay least rolling time a day, s (1..86400)
 * @param levelFrom the head end of the levels to cover each week (T1..T12)
 * @param levelTo the feet end of the levels to cover (T1..T12, not above {@code levelFrom})
 * @param heldRepsPerSession held reps a session needs (0..1000)
 */
public record Plan(LocalDate effectiveFrom, int daysPerWeek, int minSecondsPerDay, Level levelFrom, Level levelTo,
        int heldRepsPerSession) {
    /** The plan of a person who has none: 60 s on 5 days a week, T4 to T8, 3 held reps a session. */
    public static Plan defaultFrom(LocalDate from) {
        return new Plan(from, 5, 60, Level.T4, Level.T8, 3);
    }

    public Plan {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        check(daysPerWeek >= 1 && daysPerWeek <= 7, "days per week " + daysPerWeek + " is outside 1..7");
        check(minSecondsPerDay >= 1 && minSecondsPerDay <= 86_400,
                "minimum seconds a day " + minSecondsPerDay + " is outside 1..86400");
        check(levelFrom != null && levelFrom.thoracic() && levelTo != null && levelTo.thoracic(),
                "the levels to cover must be T1..T12");
        check(levelFrom.ordinal() <= levelTo.ordinal(), "levels " + levelFrom + " to " + levelTo
                + " run toward the head: give the head end first (e.g. T4 to T8)");
        check(heldRepsPerSession >= 0 && heldRepsPerSession <= 1000,
                "held reps per session " + heldRepsPerSession + " is outside 0..1000");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Number of levels to cover. */
    public int levelCount() {
        return levelTo.ordinal() - levelFrom.ordinal() + 1;
    }

    /** Whether {@code level} is one of the levels to cover. */
    public boolean covers(Level level) {
        return level.ordinal() >= levelFrom.ordinal() && level.ordinal() <= levelTo.ordinal();
    }
}
