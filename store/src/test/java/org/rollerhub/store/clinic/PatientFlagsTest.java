package org.rollerhub.store.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollerhub.store.clinic.Patients.NOW;
import static org.rollerhub.store.clinic.Patients.PLAN;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.store.Person;
import org.rollerhub.store.StoredSession;

/** Each flag raised and not raised, at its boundaries, on hand-made facts (no database). */
class PatientFlagsTest {
    private static final Person ANNA = Patients.person("anna", Instant.parse("2026-01-05T09:00:00Z"));
    private static final FlagSettings S = FlagSettings.DEFAULT;

    private static PatientFacts facts(List<StoredSession> sessions) {
        Instant last = sessions.stream().map(StoredSession::startedAt).max(Instant::compareTo).orElse(null);
        return new PatientFacts(ANNA, last, List.of(PLAN), sessions, null, null, null);
    }

    private static PatientFlags flags(List<StoredSession> sessions) {
        return PatientFlags.of(facts(sessions), S, NOW);
    }

    /** A minute a day on {@code days} days of the last full week (from Monday 9 March), 10 reps each, none compensated. */
    private static List<StoredSession> lastWeek(int days) {
        List<StoredSession> out = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            out.add(Patients.session("w" + d, "anna", Instant.parse("2026-03-09T18:00:00Z").plus(Duration.ofDays(d)), 60, 10, 0));
        }
        return out;
    }

    @Test
    void noSessionIsFlaggedAfterMoreThanTheDays() {
        List<StoredSession> week = new ArrayList<>(lastWeek(5));
        week.add(Patients.session("x", "anna", NOW.minus(Duration.ofDays(3)), 60, 10, 0));
        assertFalse(flags(week).noSession(), "exactly 3 days ago is within the last 3 days");
        week.set(5, Patients.session("x", "anna", NOW.minus(Duration.ofDays(3)).minusSeconds(1), 60, 10, 0));
        assertTrue(flags(week).noSession());
        assertEquals(3, flags(week).daysSinceSession());
        assertTrue(flags(List.of()).noSession(), "never rolled, added long ago");
        Person added = Patients.person("new", NOW.minus(Duration.ofDays(1)));
        assertFalse(PatientFlags.of(new PatientFacts(added, null, List.of(), List.of(), null, null, null), S, NOW).noSession(),
                "added yesterday: not yet");
    }

    @Test
    void adherenceUnderThePlanInTheLastFullWeekIsFlagged() {
        PatientFlags five = flags(lastWeek(5));
        assertEquals(100.0, five.weekAdherencePct());
        assertFalse(five.adherenceLow(), "5 of 5 days");
        PatientFlags four = flags(lastWeek(4));
        assertEquals(80.0, four.weekAdherencePct());
        assertTrue(four.adherenceLow());
        List<StoredSession> shortDay = new ArrayList<>(lastWeek(4));
        shortDay.add(Patients.session("short", "anna", Instant.parse("2026-03-14T18:00:00Z"), 59, 10, 0));
        assertTrue(flags(shortDay).adherenceLow(), "59 s is not the plan's minute");
        assertFalse(PatientFlags.of(facts(lastWeek(4)), new FlagSettings(3, 80, 0.1, 20, 15), NOW).adherenceLow(),
                "80 % is not below 80 %");
        Person added = Patients.person("new", Instant.parse("2026-03-16T08:00:00Z"));
        PatientFlags fresh = PatientFlags.of(new PatientFacts(added, null, List.of(PLAN), List.of(), null, null, null), S, NOW);
        assertNull(fresh.weekAdherencePct(), "added after the week: nothing to judge");
        assertFalse(fresh.adherenceLow());
    }

    @Test
    void compensationRisingOverTwoWeeksIsFlaggedWithEnoughReps() {
        Instant lastWeek = NOW.minus(Duration.ofDays(2));
        Instant weekBefore = NOW.minus(Duration.ofDays(9));
        PatientFlags rising = flags(List.of(Patients.session("a", "anna", weekBefore, 60, 20, 4),
                Patients.session("b", "anna", lastWeek, 60, 20, 7)));
        assertEquals(0.35, rising.compensationRateLast(), 1e-9);
        assertEquals(0.20, rising.compensationRatePrevious(), 1e-9);
        assertTrue(rising.compensationRising());
        assertFalse(flags(List.of(Patients.session("a", "anna", weekBefore, 60, 20, 4),
                Patients.session("b", "anna", lastWeek, 60, 20, 6))).compensationRising(), "0.10 more is not more than 0.10");
        assertFalse(flags(List.of(Patients.session("a", "anna", weekBefore, 60, 19, 0),
                Patients.session("b", "anna", lastWeek, 60, 20, 20))).compensationRising(), "19 reps before: noise");
        assertFalse(flags(List.of(Patients.session("a", "anna", weekBefore, 60, 20, 8),
                Patients.session("b", "anna", lastWeek, 60, 20, 1))).compensationRising(), "falling");
        assertFalse(flags(List.of(Patients.session("b", "anna", lastWeek, 60, 40, 40))).compensationRising(),
                "no reps before: nothing to compare");
    }

    @Test
    void hubOfflineIsFlaggedForTheLentRollersHub() {
        List<StoredSession> none = lastWeek(5);
        Instant last = none.get(4).startedAt();
        assertEquals("no roller", PatientFlags.of(new PatientFacts(ANNA, last, List.of(PLAN), none, null, null, null), S, NOW).hubNote());
        PatientFlags fresh = PatientFlags.of(new PatientFacts(ANNA, last, List.of(PLAN), none, "aa01", "connected",
                NOW.minus(Duration.ofMinutes(15))), S, NOW);
        assertFalse(fresh.hubOffline(), "heard 15 min ago");
        assertEquals("connected", fresh.hubNote());
        PatientFlags silent = PatientFlags.of(new PatientFacts(ANNA, last, List.of(PLAN), none, "aa01", "connected",
                NOW.minus(Duration.ofMinutes(15)).minusSeconds(1)), S, NOW);
        assertTrue(silent.hubOffline());
        assertEquals("silent 15 min", silent.hubNote());
        PatientFlags lost = PatientFlags.of(new PatientFacts(ANNA, last, List.of(PLAN), none, "aa01", "lost", NOW), S, NOW);
        assertTrue(lost.hubOffline());
        assertEquals("lost", lost.hubNote());
        PatientFlags never = PatientFlags.of(new PatientFacts(ANNA, last, List.of(PLAN), none, "aa01", null, null), S, NOW);
        assertTrue(never.hubOffline());
        assertEquals("never seen", never.hubNote());
    }

    @Test
    void settingsOutsideTheirRangesAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new FlagSettings(0, 100, 0.1, 20, 15));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new FlagSettings(3, 100, 1.5, 20, 15));
    }
}
