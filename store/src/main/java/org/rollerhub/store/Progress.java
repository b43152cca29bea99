package org.rollerhub.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rollerhub.analytics.Level;

/**
 * A person's progress over some weeks: adherence to their plans, streaks and trends. Pure: no
 * database, no clock (today is given). Every day is the person's local day in their zone.
 *
 * <p>Definitions (docs/history.md): a <em>day with a session</em> has at least one session starting
 * on it. A <em>plan day</em> is one whose sessions add up to at least the plan's minimum time and
 * one of which has the plan's held reps, the plan being the one in force that day (the latest
 * whose date is not after it; before any, {@link Plan#defaultFrom the default}). A week's
 * adherence is 100 × the mean of min(1, plan days / required days) and the share of the planned
 * levels with a rep that week; required days are the plans' days a week prorated over the days
 * that count (from the person's first day, the earlier of when they were added and their first
 * session, up to today). The <em>current streak</em> is the run of consecutive days with a session
 * that ends today, or yesterday if today has none yet; the <em>longest</em> is the longest such run
 * among the sessions given.
 *
 * @param person whose
 * @param today the last day counted
 * @param daysWithSession days with a session in the weeks shown
 * @param currentStreak days
 * @param longestStreak days
 * @param adherencePct mean adherence over the weeks with counted days; null if none
 * @param weeks the weeks, oldest first
 * @param byLevel reps by level over the weeks shown
 * @param lastSession start of the newest session, or null
 */
public record Progress(Person person, LocalDate today, int daysWithSession, int currentStreak, int longestStreak,
        Double adherencePct, List<WeekProgress> weeks, Map<Level, Totals> byLevel, java.time.Instant lastSession) {

    /**
     * @param sessions the person's sessions (any order), at least those of the weeks asked for
     * @param plans the person's plans (any order)
     * @param today the person's today
     * @param weeks how many weeks to show, ending with today's
     */
    public static Progress of(Person person, List<StoredSession> sessions, List<Plan> plans, LocalDate today, int weeks) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        LocalDate firstDay = person.createdAt().atZone(person.zone()).toLocalDate();
        Map<LocalDate, List<StoredSession>> byDay = new HashMap<>();
        java.time.Instant last = null;
        for (StoredSession s : sessions) {
            LocalDate d = s.startedAt().atZone(person.zone()).toLocalDate();
            if (d.isAfter(today)) {
                continue;
            }
            byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            firstDay = d.isBefore(firstDay) ? d : firstDay;
            last = last == null || s.startedAt().isAfter(last) ? s.startedAt() : last;
        }
        PlanCalendar calendar = new PlanCalendar(plans, firstDay);
        List<WeekProgress> out = new ArrayList<>();
        Map<Level, Totals> allLevels = new EnumMap<>(Level.class);
        double adherenceSum = 0;
        int adherenceWeeks = 0;
        int daysWithSession = 0;
        for (LocalDate monday = firstMonday; !monday.isAfter(today); monday = monday.plusWeeks(1)) {
            WeekProgress w = week(monday, today, firstDay, byDay, calendar);
            out.add(w);
            daysWithSession += w.daysWithSession();
            w.byLevel().forEach((l, t) -> allLevels.merge(l, t, Progress::add));
            if (w.adherencePct() != null) {
                adherenceSum += w.adherencePct();
                adherenceWeeks++;
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>(byDay.keySet());
        return new Progress(person, today, daysWithSession, currentStreak(days, today), longestStreak(days),
                adherenceWeeks == 0 ? null : adherenceSum / adherenceWeeks, out, allLevels, last);
    }

    private static WeekProgress week(LocalDate monday, LocalDate today, LocalDate firstDay,
            Map<LocalDate, List<StoredSession>> byDay, PlanCalendar calendar) {
        int counted = 0;
        int withSession = 0;
        int planDays = 0;
        double required = 0;
        Set<Level> planned = EnumSet.noneOf(Level.class);
        Set<Level> covered = EnumSet.noneOf(Level.class);
        Totals totals = Totals.ZERO;
        Map<Level, Totals> byLevel = new EnumMap<>(Level.class);
        for (int i = 0; i < 7; i++) {
            LocalDate d = monday.plusDays(i);
            List<StoredSession> list = byDay.getOrDefault(d, List.of());
            boolean counts = !d.isBefore(firstDay) && !d.isAfter(today);
            Plan plan = calendar.planOn(d);
            if (counts) {
                counted++;
                required += plan.daysPerWeek() / 7.0;
                for (Level l : Level.values()) {
                    if (plan.covers(l)) {
                        planned.add(l);
                    }
                }
            }
            if (list.isEmpty()) {
                continue;
            }
            withSession++;
            double seconds = 0;
            int mostHeld = 0;
            for (StoredSession s : list) {
                totals = totals.plus(s);
                seconds += s.durationS();
                mostHeld = Math.max(mostHeld, s.holds());
                for (LevelFigures l : s.levels()) {
                    byLevel.merge(l.level(), Totals.ZERO.plus(l), Progress::add);
                    if (l.reps() > 0) {
                        covered.add(l.level());
                    }
                }
            }
            if (counts && seconds >= plan.minSecondsPerDay() && mostHeld >= plan.heldRepsPerSession()) {
                planDays++;
            }
        }
        Double adherence = null;
        if (counted > 0) {
            double daysPart = Math.min(1.0, planDays / required);
            long coveredPlanned = planned.stream().filter(covered::contains).count();
            double levelsPart = planned.isEmpty() ? 1.0 : (double) coveredPlanned / planned.size();
            adherence = 100.0 * (daysPart + levelsPart) / 2.0;
        }
        return new WeekProgress(monday, counted, withSession, planDays, required, planned, covered, adherence, totals,
                byLevel);
    }

    static int currentStreak(TreeSet<LocalDate> days, LocalDate today) {
        LocalDate d = days.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (days.contains(d)) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }

    static int longestStreak(TreeSet<LocalDate> days) {
        int best = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : days) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = d;
        }
        return best;
    }

    private static Totals add(Totals a, Totals b) {
        return new Totals(a.sessions() + b.sessions(), a.seconds() + b.seconds(), a.reps() + b.reps(),
                a.holds() + b.holds(), a.holdS() + b.holdS(), a.compensations() + b.compensations(),
                a.neckS() + b.neckS(), a.lumbarS() + b.lumbarS(), a.shifts() + b.shifts());
    }

    /** The plan in force on each day. */
    private static final class PlanCalendar {
        private final List<Plan> plans; // by date
        private final Plan fallback;

        PlanCalendar(List<Plan> plans, LocalDate firstDay) {
            this.plans = plans.stream().sorted((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom())).toList();
            this.fallback = Plan.defaultFrom(firstDay);
        }

        Plan planOn(LocalDate d) {
            Plan in = fallback;
            for (Plan p : plans) {
                if (p.effectiveFrom().isAfter(d)) {
                    break;
                }
                in = p;
            }
            return in;
        }
    }
}
