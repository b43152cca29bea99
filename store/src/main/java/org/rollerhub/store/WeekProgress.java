package org.rollerhub.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.rollerhub.analytics.Level;

/**
 * One local week (Monday to Sunday) of a person's progress against their plan.
 *
 * @param monday the week's first day
 * @param countedDays days of the week that count (from the person's first day, up to today)
 * @param daysWithSession days with at least one session
 * @param planDays days that met the plan in force that day (minimum time, held reps)
 * @param requiredDays days the plans in force ask for, prorated over the counted days
 *     (Σ daysPerWeek / 7 over them)
 * @param plannedLevels the levels the plans in force ask to cover
 * @param levelsCovered levels with at least one rep this week
 * @param adherencePct 100 × the mean of min(1, planDays / requiredDays) and the share of planned
 *     levels covered; null for a week with no counted day
 * @param totals the week's sessions added up
 * @param byLevel the week's reps by level
 */
public record WeekProgress(LocalDate monday, int countedDays, int daysWithSession, int planDays, double requiredDays,
        Set<Level> plannedLevels, Set<Level> levelsCovered, Double adherencePct, Totals totals,
        Map<Level, Totals> byLevel) {

    /** Minutes rolled this week. */
    public double minutes() {
        return totals.seconds() / 60.0;
    }
}
