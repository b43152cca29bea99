package org.rollerhub.reports.model;

import java.time.LocalDate;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Totals;

/**
 * One local week (Monday to Sunday) of the weekly trends.
 *
 * @param monday the week's first day
 * @param totals the week's sessions added up (time in s)
 * @param repsByLevel reps that began at each level (levels without reps absent)
 * @param planDays days that met the plan in force
 * @param requiredDays days the plans asked for over the counted days (may be fractional)
 * @param adherencePct the store's weekly adherence, 0..100, or null for a week with no counted day
 */
public record WeekRow(LocalDate monday, Totals totals, Map<Level, Integer> repsByLevel, int planDays,
        double requiredDays, Double adherencePct) {

    public WeekRow {
        repsByLevel = Map.copyOf(repsByLevel);
    }

    /** Share of the week's reps with compensation, 0..1. */
    public double compensationRate() {
        return totals.compensationRate();
    }
}
