package org.rollerhub.reports.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rollerhub.analytics.Level;
import org.rollerhub.reports.ExportException;
import org.rollerhub.store.LevelFigures;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.Progress;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.Totals;
import org.rollerhub.store.WeekProgress;

/**
 * Builds the {@link ProgressView} of a person over a range of local days. The range is widened to
 * start on a Monday, so that the calendar and the weekly trends show whole weeks and adherence is
 * the store's ({@link Progress}); it ends on {@code to}.
 */
public final class ProgressViews {
    private ProgressViews() {
    }

    /** The first day a progress report from {@code from} shows: the Monday of its week. */
    public static LocalDate firstDay(LocalDate from) {
        return from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The instant the local day {@code d} begins for {@code person}. */
    public static Instant startOf(Person person, LocalDate d) {
        return d.atStartOfDay(person.zone()).toInstant();
    }

    /**
     * @param sessions the person's sessions, at least those from {@link #firstDay(LocalDate)} to the
     *     end of {@code to} (others are ignored)
     * @param plans the person's plans
     * @throws ExportException if {@code to} is before {@code from}
     */
    public static ProgressView of(Person person, List<StoredSession> sessions, List<Plan> plans, LocalDate from,
            LocalDate to) {
        if (to.isBefore(from)) {
            throw new ExportException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        LocalDate first = firstDay(from);
        List<StoredSession> in = sessions.stream().filter(s -> {
            LocalDate d = s.startedAt().atZone(person.zone()).toLocalDate();
            return !d.isBefore(first) && !d.isAfter(to);
        }).toList();
        int weekCount = (int) ChronoUnit.WEEKS.between(first, firstDay(to)) + 1;
        Progress p = Progress.of(person, in, plans, to, weekCount);
        List<WeekRow> weeks = new ArrayList<>();
        Set<Level> planned = EnumSet.noneOf(Level.class);
        for (WeekProgress w : p.weeks()) {
            Map<Level, Integer> reps = new EnumMap<>(Level.class);
            w.byLevel().forEach((l, t) -> reps.put(l, t.reps()));
            weeks.add(new WeekRow(w.monday(), w.totals(), reps, w.planDays(), w.requiredDays(), w.adherencePct()));
            planned.addAll(w.plannedLevels());
        }
        Totals totals = Totals.ZERO;
        List<LevelFigures> figures = new ArrayList<>();
        double neck = 0;
        double lumbar = 0;
        for (StoredSession s : in) {
            totals = totals.plus(s);
            figures.addAll(s.levels());
            neck += s.neckS();
            lumbar += s.lumbarS();
        }
        List<DayCell> days = days(person, in, plans, first, to);
        int planDays = (int) days.stream().filter(DayCell::planDay).count();
        List<Plan> sorted = plans.stream().sorted(Comparator.comparing(Plan::effectiveFrom)).toList();
        return new ProgressView(person, first, to, totals, p.daysWithSession(), planDays, p.currentStreak(),
                p.longestStreak(), p.adherencePct(), days, weeks, SessionViews.levels(figures, neck, lumbar), planned,
                sorted);
    }

    private static List<DayCell> days(Person person, List<StoredSession> sessions, List<Plan> plans, LocalDate first,
            LocalDate to) {
        Map<LocalDate, List<StoredSession>> byDay = new HashMap<>();
        LocalDate firstSession = null;
        for (StoredSession s : sessions) {
            LocalDate d = s.startedAt().atZone(person.zone()).toLocalDate();
            byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            firstSession = firstSession == null || d.isBefore(firstSession) ? d : firstSession;
        }
        LocalDate personFirst = person.createdAt().atZone(person.zone()).toLocalDate();
        PlanInForce plansInForce = new PlanInForce(plans,
                firstSession != null && firstSession.isBefore(personFirst) ? firstSession : personFirst);
        LocalDate last = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<DayCell> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            List<StoredSession> list = byDay.getOrDefault(d, List.of());
            double seconds = list.stream().mapToDouble(StoredSession::durationS).sum();
            int mostHeld = list.stream().mapToInt(StoredSession::holds).max().orElse(0);
            Plan plan = plansInForce.on(d);
            boolean planDay = !list.isEmpty() && seconds >= plan.minSecondsPerDay()
                    && mostHeld >= plan.heldRepsPerSession();
            out.add(new DayCell(d, !d.isAfter(to), list.size(), seconds, mostHeld, planDay));
        }
        return out;
    }

    /** The plan in force on a day, as {@link Progress} reckons it (the default before any). */
    private record PlanInForce(List<Plan> byDate, Plan fallback) {
        PlanInForce(List<Plan> plans, LocalDate firstDay) {
            this(plans.stream().sorted(Comparator.comparing(Plan::effectiveFrom)).toList(), Plan.defaultFrom(firstDay));
        }

        Plan on(LocalDate d) {
            Plan in = fallback;
            for (Plan p : byDate) {
                if (p.effectiveFrom().isAfter(d)) {
                    break;
                }
                in = p;
            }
            return in;
        }
    }
}
