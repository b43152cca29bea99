package org.rollerhub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;

/** What every {@link SessionStore} does, run against a real SQLite file and a real PostgreSQL. */
abstract class SessionStoreContract {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** A fresh, empty store. */
    abstract SessionStore open();

    @Test
    void aSessionIsKeptOnceWithItsLevelsAndTrace() {
        try (SessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "Europe/Berlin", T0));
            Trace trace = new Trace(10, List.of(new Trace.Band(Level.T1, 12.0, 10.1), new Trace.Band(Level.T2, 10.1, 8.1)),
                    new float[] {0f, 1.5f, -2.25f}, new float[] {0f, 300.4f, 512f});
            StoredSession s = Sessions.session("00112233aabbccdd-1", "anna", T0, 300, 4, Level.T5, Level.T6)
                    .withTrace(trace);
            assertTrue(store.add(s));
            assertFalse(store.add(s), "the same id again adds nothing");
            assertFalse(store.add(Sessions.session("00112233aabbccdd-1", "anna", T0.plusSeconds(9), 1, 0)),
                    "another summary under a kept id is refused: the first wins");
            assertEquals(1, store.sessionCount());
            StoredSession back = store.sessions("anna", null, null, 0).get(0);
            assertEquals(back, store.session(s.sessionId()).orElseThrow(), "found by id as listed");
            assertFalse(store.session("00112233aabbccdd-9").isPresent());
            assertEquals(s.summaryJson(), back.summaryJson());
            assertEquals(T0, back.startedAt());
            assertEquals(List.of(Level.T5, Level.T6), back.levels().stream().map(LevelFigures::level).toList());
            assertEquals(s.levels(), back.levels());
            Trace t = store.trace(s.sessionId()).orElseThrow();
            assertEquals(3, t.size());
            assertEquals(300.4f, t.loadN()[1], 0.05f);
            assertEquals(-2.2f, t.positionCm()[2], 0.051f);
            assertEquals(trace.bands(), t.bands());
            assertEquals(Level.T2, t.levelAt(9.0));
        }
    }

    @Test
    void sessionsComeNewestFirstFilteredByPersonAndTime() {
        try (SessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
            store.addPerson(Sessions.person("ben", "UTC", T0));
            for (int i = 0; i < 5; i++) {
                store.add(Sessions.session("00112233aabbccdd-a" + i, "anna", T0.plusSeconds(3600L * i), 60, 1, Level.T6));
                store.add(Sessions.session("00112233aabbccdd-b" + i, "ben", T0.plusSeconds(3600L * i + 1), 60, 1, Level.T7));
            }
            List<StoredSession> anna = store.sessions("anna", T0.plusSeconds(3600), T0.plusSeconds(4 * 3600), 0);
            assertEquals(List.of("00112233aabbccdd-a3", "00112233aabbccdd-a2", "00112233aabbccdd-a1"),
                    anna.stream().map(StoredSession::sessionId).toList());
            assertEquals(2, store.sessions(null, null, null, 2).size());
            assertEquals(Level.T7, store.sessions("ben", null, null, 1).get(0).levels().get(0).level());
        }
    }

    @Test
    void aSessionWithNoRepsIsListedWithNoLevels() {
        try (SessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
            store.add(Sessions.session("00112233aabbccdd-7", "anna", T0, 30, 0));
            List<StoredSession> listed = store.sessions("anna", null, null, 0);
            assertEquals(1, listed.size());
            assertEquals(0, listed.get(0).reps());
            assertTrue(listed.get(0).levels().isEmpty());
        }
    }

    @Test
    void aSessionOfAnUnknownPersonIsRefused() {
        try (SessionStore store = open()) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.add(Sessions.session("00112233aabbccdd-1", "nobody", T0, 60, 0)));
            assertTrue(e.getMessage().contains("nobody"), e.getMessage());
            assertEquals(0, store.sessionCount());
        }
    }

    @Test
    void peoplePlansAndTheRollerChoice() {
        try (SessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "Europe/Berlin", T0));
            assertThrows(StoreException.class, () -> store.addPerson(Sessions.person("anna", "UTC", T0)));
            Person kept = store.ensurePerson(Sessions.person("anna", "UTC", T0));
            assertEquals("Europe/Berlin", kept.zone().getId(), "ensurePerson keeps the one there");
            store.updatePerson(new Person("anna", "A.", 181.5, Level.T7, kept.zone(), kept.createdAt()));
            Person p = store.person("anna").orElseThrow();
            assertEquals(181.5, p.statureCm());
            assertEquals(Level.T7, p.startLevel());
            assertEquals("A.", p.displayName());
            store.addPerson(Sessions.person("ben", "UTC", T0));
            assertEquals(List.of("anna", "ben"), store.people().stream().map(Person::personId).toList());

            Plan first = new Plan(LocalDate.of(2026, 3, 1), 3, 300, Level.T3, Level.T9, 5);
            Plan later = new Plan(LocalDate.of(2026, 4, 1), 4, 120, Level.T5, Level.T6, 2);
            store.setPlan("anna", later);
            store.setPlan("anna", first);
            store.setPlan("anna", new Plan(LocalDate.of(2026, 4, 1), 6, 120, Level.T5, Level.T6, 2));
            assertEquals(List.of(first, new Plan(LocalDate.of(2026, 4, 1), 6, 120, Level.T5, Level.T6, 2)),
                    store.plans("anna"));
            assertThrows(StoreException.class, () -> store.setPlan("nobody", first));

            assertTrue(store.selectedPerson("00112233aabbccdd").isEmpty());
            store.selectPerson("*", "anna");
            assertEquals("anna", store.selectedPerson("00112233aabbccdd").orElseThrow());
            store.selectPerson("00112233aabbccdd", "ben");
            assertEquals("ben", store.selectedPerson("00112233aabbccdd").orElseThrow());
            assertEquals("anna", store.selectedPerson("ffffffffffffffff").orElseThrow());
            assertThrows(StoreException.class, () -> store.selectPerson("*", "nobody"));
        }
    }
}
