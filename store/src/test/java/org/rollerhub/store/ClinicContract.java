package org.rollerhub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;

/** Loans of rollers, hub statuses and the intake's attribution, against SQLite and PostgreSQL alike. */
abstract class ClinicContract {
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final String ROLLER = "00112233aabbccdd";
    static final long DAY = 86_400;

    /** A fresh, empty store. */
    abstract JdbcSessionStore open();

    @Test
    void aRollerGoesToOnePatientThenAnother() {
        try (JdbcSessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
            store.addPerson(Sessions.person("ben", "UTC", T0));
            RollerAssignments loans = store.assignments();
            loans.assign(new Assignment(ROLLER, "anna", T0, null));
            assertEquals(Optional.of("anna"), loans.holder(ROLLER, T0.plusSeconds(DAY)));
            StoreException busy = assertThrows(StoreException.class,
                    () -> loans.assign(new Assignment(ROLLER, "ben", T0.plusSeconds(DAY), null)));
            assertTrue(busy.getMessage().contains("anna"), busy.getMessage());
            Assignment back = loans.giveBack(ROLLER, T0.plusSeconds(7 * DAY));
            assertEquals(T0.plusSeconds(7 * DAY), back.to());
            loans.assign(new Assignment(ROLLER, "ben", T0.plusSeconds(8 * DAY), null));
            assertEquals(Optional.empty(), loans.holder(ROLLER, T0.minusSeconds(1)));
            assertEquals(Optional.of("anna"), loans.holder(ROLLER, T0));
            assertEquals(Optional.empty(), loans.holder(ROLLER, T0.plusSeconds(7 * DAY)), "returned: exclusive end");
            assertEquals(Optional.of("ben"), loans.holder(ROLLER, T0.plusSeconds(30 * DAY)));
            assertEquals(List.of("anna", "ben"), loans.of(ROLLER).stream().map(Assignment::personId).toList());
            assertThrows(StoreException.class, () -> loans.assign(new Assignment(ROLLER, "nobody", T0.minusSeconds(9 * DAY), null)));
            assertThrows(StoreException.class, () -> loans.giveBack("ffffffffffffffff", T0));
        }
    }

    @Test
    void aNewerHubStatusReplacesAnOlderOneNeverTheReverse() {
        try (JdbcSessionStore store = open()) {
            HubStatuses statuses = store.hubStatuses();
            statuses.record(new HubStatus(ROLLER, "connected", T0.plusSeconds(10)));
            statuses.record(new HubStatus(ROLLER, "stopped", T0.plusSeconds(5)));
            assertEquals("connected", statuses.of(ROLLER).orElseThrow().link());
            statuses.record(new HubStatus(ROLLER, "reconnecting", T0.plusSeconds(20)));
            assertEquals(new HubStatus(ROLLER, "reconnecting", T0.plusSeconds(20)), statuses.all().get(0));
            assertEquals(Optional.empty(), statuses.of("ffffffffffffffff"));
        }
    }

    @Test
    void theIntakeAttributesByClaimThenLoanThenUnassignedAndKeepsEachIdOnce() {
        try (JdbcSessionStore store = open()) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
            store.assignments().assign(new Assignment(ROLLER, "anna", T0, T0.plusSeconds(DAY)));
            StoredSession claimed = Sessions.session(ROLLER + "-1", "?", T0.plusSeconds(60), 60, 1, Level.T5);
            StoredSession lent = Sessions.session(ROLLER + "-2", "?", T0.plusSeconds(120), 60, 1, Level.T6);
            StoredSession later = Sessions.session(ROLLER + "-3", "?", T0.plusSeconds(2 * DAY), 60, 1, Level.T7);
            List<SessionIntake.Received> batch = List.of(new SessionIntake.Received(claimed, "carl"),
                    new SessionIntake.Received(lent, null), new SessionIntake.Received(later, null),
                    new SessionIntake.Received(lent, null));
            HubStatus status = new HubStatus(ROLLER, "connected", T0);
            assertEquals(3, store.intake().file(batch, List.of(status), T0.plusSeconds(3 * DAY)));
            assertEquals(0, store.intake().file(batch, List.of(status), T0.plusSeconds(3 * DAY)), "a redelivery adds nothing");
            assertEquals(3, store.sessionCount());
            assertEquals(ROLLER + "-1", store.sessions("carl", null, null, 0).get(0).sessionId());
            assertEquals(ROLLER + "-2", store.sessions("anna", null, null, 0).get(0).sessionId());
            assertEquals(ROLLER + "-3", store.sessions(SessionIntake.unassigned(ROLLER), null, null, 0).get(0).sessionId());
            assertEquals(Optional.of(status), store.hubStatuses().of(ROLLER));
            assertEquals(Level.T6, store.sessions("anna", null, null, 0).get(0).levels().get(0).level());
        }
    }
}
