package org.rollerhub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;

/** Adherence, streaks and trends on hand-made calendars. */
class ProgressTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** A Monday. */
    private static final LocalDate MON = LocalDate.of(2026, 3, 2);
    private int ids;

    private StoredSession at(LocalDateTime local, ZoneId zone, double seconds, int holds, Level... levels) {
        return Sessions.session("00112233aabbccdd-" + (ids++), "p", local.atZone(zone).toInstant(), seconds, holds, levels);
    }

    private static Person person(ZoneId zone, LocalDate created) {
        return new Person("p", "P", null, null, zone, created.atStartOfDay(zone).toInstant());
    }

    @Test
    void streaksCountConsecutiveLocalDaysAcrossGaps() {
        List<StoredSession> s = new ArrayList<>();
        for (int d : new int[] {0, 1, 2, 4, 5, 6, 7, 9, 10}) { // Mon..Wed, Fri..Mon, Wed, Thu
            s.add(at(MON.plusDays(d).atTime(18, 0), UTC, 120, 3, Level.T6));
        }
        s.add(at(MON.plusDays(1).atTime(7, 0), UTC, 120, 3, Level.T6)); // a second session the same day
        Progress p = Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(10), 2);
        assertEquals(4, p.longestStreak());
        assertEquals(2, p.currentStreak(), "Wed and Thu: today has a session");
        assertEquals(2, Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(11), 2).currentStreak(),
                "a day without a session yet does not break the streak");
        assertEquals(0, Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(12), 2).currentStreak());
        assertEquals(9, p.daysWithSession());
        assertEquals(7, p.weeks().get(0).totals().sessions(), "week 1: 7 sessions on 6 days");
        assertEquals(6, p.weeks().get(0).daysWithSession());
    }

    @Test
    void aDayIsThePersonsLocalDay() {
        // 23:30 UTC on Tuesday is 00:30 on Wednesday in Berlin (CET, +1): a gap on Tuesday in Berlin.
        List<StoredSession> s = List.of(
                at(MON.atTime(12, 0), UTC, 120, 3, Level.T6),
                at(MON.plusDays(1).atTime(23, 30), UTC, 120, 3, Level.T6),
                at(MON.plusDays(2).atTime(12, 0), UTC, 120, 3, Level.T6));
        Progress utc = Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(2), 1);
        Progress berlin = Progress.of(person(BERLIN, MON), s, List.of(), MON.plusDays(2), 1);
        assertEquals(3, utc.longestStreak());
        assertEquals(3, utc.daysWithSession());
        assertEquals(1, berlin.longestStreak(), "Mon, then two sessions on Wed");
        assertEquals(2, berlin.daysWithSession());
        // a session late on Sunday in Berlin time belongs to that week, not the next
        StoredSession sunday = at(MON.plusDays(6).atTime(23, 50), BERLIN, 120, 3, Level.T6);
        Progress week = Progress.of(person(BERLIN, MON), List.of(sunday), List.of(), MON.plusDays(8), 2);
        assertEquals(1, week.weeks().get(0).daysWithSession());
        assertEquals(0, week.weeks().get(1).daysWithSession());
    }

    @Test
    void adherenceAgainstTheDefaultPlan() {
        // default: 5 days of 60 s with 3 held reps, T4..T8. Four plan days, one short day, T4..T6 covered.
        List<StoredSession> s = new ArrayList<>();
        s.add(at(MON.atTime(9, 0), UTC, 90, 3, Level.T4, Level.T5));
        s.add(at(MON.plusDays(1).atTime(9, 0), UTC, 60, 3, Level.T6));
        s.add(at(MON.plusDays(2).atTime(9, 0), UTC, 30, 3, Level.T6)); // two short sessions add up to 60 s
        s.add(at(MON.plusDays(2).atTime(19, 0), UTC, 30, 3, Level.T6));
        s.add(at(MON.plusDays(3).atTime(9, 0), UTC, 59, 3, Level.T6)); // too short
        s.add(at(MON.plusDays(4).atTime(9, 0), UTC, 600, 2, Level.T6)); // too few held reps
        s.add(at(MON.plusDays(5).atTime(9, 0), UTC, 600, 4, Level.T9)); // not a planned level
        Progress p = Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(6), 1);
        WeekProgress w = p.weeks().get(0);
        assertEquals(7, w.countedDays());
        assertEquals(4, w.planDays());
        assertEquals(5.0, w.requiredDays(), 1e-9);
        assertEquals(5, w.plannedLevels().size());
        assertEquals(List.of(Level.T4, Level.T5, Level.T6, Level.T9), List.copyOf(w.levelsCovered()));
        // days 4/5 = 0.8; levels 3/5 = 0.6
        assertEquals(70.0, w.adherencePct(), 1e-9);
        assertEquals((90 + 60 + 30 + 30 + 59 + 600 + 600) / 60.0, w.minutes(), 1e-9);
    }

    @Test
    void aPlanChangeTakesEffectFromItsDate() {
        // Mon..Sun one 120 s session a day with 2 held reps at T6.
        List<StoredSession> s = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            s.add(at(MON.plusDays(d).atTime(9, 0), UTC, 120, 2, Level.T6));
        }
        Plan easy = new Plan(MON.minusDays(30), 7, 60, Level.T6, Level.T6, 2); // every day met
        Plan hard = new Plan(MON.plusDays(4), 7, 300, Level.T6, Level.T6, 2); // from Friday: 300 s
        Progress p = Progress.of(person(UTC, MON.minusDays(30)), s, List.of(hard, easy), MON.plusDays(6), 1);
        WeekProgress w = p.weeks().get(0);
        assertEquals(4, w.planDays(), "Mon..Thu under the easy plan; Fri..Sun short of 300 s");
        assertEquals(7.0, w.requiredDays(), 1e-9);
        assertEquals(100.0 * (4.0 / 7.0 + 1.0) / 2.0, w.adherencePct(), 1e-9);
        // the same week before the change was made counts all seven
        Progress before = Progress.of(person(UTC, MON.minusDays(30)), s, List.of(easy), MON.plusDays(6), 1);
        assertEquals(100.0, before.weeks().get(0).adherencePct(), 1e-9);
    }

    @Test
    void daysBeforeThePersonsFirstDayDoNotCount() {
        // added on Thursday: Thu..Sun count, 4 days of a 5-day plan ask for 20/7 days
        LocalDate thursday = MON.plusDays(3);
        List<StoredSession> s = List.of(at(thursday.atTime(9, 0), UTC, 120, 3, Level.T4, Level.T5, Level.T6,
                Level.T7, Level.T8), at(thursday.plusDays(1).atTime(9, 0), UTC, 120, 3, Level.T6),
                at(thursday.plusDays(2).atTime(9, 0), UTC, 120, 3, Level.T6));
        Progress p = Progress.of(person(UTC, thursday), s, List.of(), MON.plusDays(6), 2);
        assertNull(p.weeks().get(0).adherencePct(), "the week before: nothing counts");
        WeekProgress w = p.weeks().get(1);
        assertEquals(4, w.countedDays());
        assertEquals(20.0 / 7.0, w.requiredDays(), 1e-9);
        assertEquals(100.0, w.adherencePct(), 1e-9, "3 plan days of 2.86 required, every level covered");
        assertEquals(100.0, p.adherencePct(), 1e-9);
    }

    @Test
    void trendsByWeekAndLevel() {
        List<StoredSession> s = List.of(at(MON.atTime(9, 0), UTC, 120, 4, Level.T5, Level.T6),
                at(MON.plusDays(7).atTime(9, 0), UTC, 120, 2, Level.T5));
        Progress p = Progress.of(person(UTC, MON), s, List.of(), MON.plusDays(8), 2);
        Totals first = p.weeks().get(0).totals();
        assertEquals(4, first.reps());
        assertEquals(10.0, first.meanHoldS(), 1e-9);
        assertEquals(0.25, first.compensationRate(), 1e-9);
        assertEquals(3.5, first.neckS(), 1e-9);
        assertEquals(2, first.shifts());
        assertEquals(2, p.weeks().get(1).byLevel().get(Level.T5).reps());
        assertEquals(4, p.byLevel().get(Level.T5).reps());
        assertEquals(2, p.byLevel().get(Level.T6).reps());
        assertEquals(MON.plusDays(7).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC), p.lastSession());
    }
}
