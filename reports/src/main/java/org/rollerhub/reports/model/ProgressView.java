package org.rollerhub.reports.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.Totals;

/**
 * Everything the progress report over a date range shows, ready to render.
 *
 * @param person whose progress
 * @param from first local day of the range
 * @param to last local day of the range (inclusive)
 * @param totals every session in the range added up (time in s)
 * @param daysWithSession days in the range with a session
 * @param planDays days in the range that met the plan in force
 * @param currentStreak consecutive days with a session ending on {@code to} (or the day before)
 * @param longestStreak the longest such run in the range
 * @param adherencePct mean weekly adherence, 0..100 (the store's definition); null if no week counts
 * @param days the calendar: whole weeks, Monday first, covering the range
 * @param weeks the weekly trends, oldest first
 * @param levels reps by level over the range: C, T1..T12, L
 * @param plannedLevels levels the plans in force over the range ask to cover
 * @param plans the person's plans, oldest first (empty: the default plan)
 */
public record ProgressView(Person person, LocalDate from, LocalDate to, Totals totals, int daysWithSession,
        int planDays, int currentStreak, int longestStreak, Double adherencePct, List<DayCell> days,
        List<WeekRow> weeks, List<LevelRow> levels, Set<Level> plannedLevels, List<Plan> plans) {

    public ProgressView {
        days = List.copyOf(days);
        weeks = List.copyOf(weeks);
        levels = List.copyOf(levels);
        plannedLevels = Set.copyOf(plannedLevels);
        plans = List.copyOf(plans);
    }

    /** Levels among T1..T12 with at least one rep in the range. */
    public List<Level> levelsCovered() {
        return levels.stream().filter(l -> l.level().thoracic() && l.reps() > 0).map(LevelRow::level).toList();
    }
}
