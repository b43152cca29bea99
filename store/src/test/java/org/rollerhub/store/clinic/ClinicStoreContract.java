package org.rollerhub.store.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rollerhub.store.clinic.Patients.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rollerhub.store.Assignment;
import org.rollerhub.store.HubStatus;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.StoreException;

/** What {@link ClinicStore} does, run against a real SQLite file and a real PostgreSQL. */
abstract class ClinicStoreContract {
    static final String HASH = "$2a$10$abcdefghijklmnopqrstuuE8uYz9bWm2KJmM4vH2.yE0O2Wq5oH9a";
    static final Instant ADDED = Instant.parse("2026-01-05T09:00:00Z");

    /** A fresh, empty store. */
    abstract JdbcSessionStore open();

    private static Account account(String username, Role role) {
        return new Account(username, "Dr " + username, role, HASH, ADDED);
    }

    @Test
    void accountsAreKeptOnceAndFoundByUsername() {
        try (JdbcSessionStore store = open()) {
            ClinicStore clinic = ClinicStore.on(store);
            clinic.addAccount(account("root", Role.ADMIN));
            clinic.addAccount(account("ann.physio", Role.PHYSIO));
            assertThrows(StoreException.class, () -> clinic.addAccount(account("root", Role.PHYSIO)));
            Account back = clinic.account("ann.physio").orElseThrow();
            assertEquals(account("ann.physio", Role.PHYSIO), back);
            assertFalse(clinic.account("nobody").isPresent());
            assertEquals(List.of("ann.physio", "root"), clinic.accounts().stream().map(Account::username).toList());
            assertThrows(IllegalArgumentException.class, () -> account("Bad Name", Role.PHYSIO));
        }
    }

    @Test
    void aPhysioSeesOnlyTheirPatientsAndAnAdminEveryone() {
        try (JdbcSessionStore store = open()) {
            ClinicStore clinic = ClinicStore.on(store);
            for (String p : List.of("p1", "p2", "p3")) {
                store.addPerson(Patients.person(p, ADDED));
            }
            clinic.addAccount(account("root", Role.ADMIN));
            clinic.addAccount(account("ann", Role.PHYSIO));
            clinic.addAccount(account("bob", Role.PHYSIO));
            clinic.assign("ann", "p1");
            clinic.assign("ann", "p2");
            clinic.assign("ann", "p2"); // twice is once
            clinic.assign("bob", "p3");
            assertThrows(StoreException.class, () -> clinic.assign("ann", "nobody"));
            assertThrows(StoreException.class, () -> clinic.assign("nobody", "p1"));
            assertEquals(List.of("p1", "p2"), clinic.patientsOf("ann"));
            assertTrue(clinic.maySee("ann", "p1"));
            assertFalse(clinic.maySee("ann", "p3"));
            assertFalse(clinic.maySee("nobody", "p1"));
            assertTrue(clinic.maySee("root", "p3"));
            assertFalse(clinic.maySee("root", "unknown"), "an admin sees everyone who exists");
            assertEquals(List.of("p1", "p2"), ids(clinic.patientList("ann", FlagSettings.DEFAULT, NOW)));
            assertEquals(List.of("p3"), ids(clinic.patientList("bob", FlagSettings.DEFAULT, NOW)));
            assertEquals(3, clinic.patientList("root", FlagSettings.DEFAULT, NOW).size());
            assertTrue(clinic.unassign("ann", "p2"));
            assertFalse(clinic.maySee("ann", "p2"));
            assertFalse(clinic.unassign("ann", "p2"));
        }
    }

    @Test
    void theAuditLogIsReadNewestFirst() {
        try (JdbcSessionStore store = open()) {
            ClinicStore clinic = ClinicStore.on(store);
            store.addPerson(Patients.person("p1", ADDED));
            clinic.audit(new AuditEntry(NOW, "ann", "export", "p1", "session s1 report.pdf"));
            clinic.audit(new AuditEntry(NOW.plusSeconds(1), "ann", "refused", "p3", "GET /history?person=p3"));
            clinic.audit(new AuditEntry(NOW.minusSeconds(1), "eve", "login-failed", null, "from 10.0.0.9"));
            List<AuditEntry> back = clinic.audit(10);
            assertEquals(List.of("refused", "export", "login-failed"), back.stream().map(AuditEntry::action).toList());
            assertEquals(new AuditEntry(NOW, "ann", "export", "p1", "session s1 report.pdf"), back.get(1));
            assertEquals(null, back.get(2).personId());
            assertEquals(2, clinic.audit(2).size());
        }
    }

    @Test
    void thePatientListReadsEachFlagFromTheDatabase() {
        try (JdbcSessionStore store = open()) {
            ClinicStore clinic = ClinicStore.on(store);
            for (String p : List.of("ok", "idle", "lazy", "comp", "offline")) {
                store.addPerson(Patients.person(p, ADDED));
                store.setPlan(p, Patients.PLAN);
                if (!p.equals("lazy")) {
                    rollFiveDaysOfLastWeek(store, p);
                }
                if (!p.equals("idle")) {
                    store.add(Patients.session(p + "-9d", p, NOW.minus(Duration.ofDays(9)), 60, 20, 2));
                    store.add(Patients.session(p + "-1d", p, NOW.minus(Duration.ofDays(1)), 60, 20, p.equals("comp") ? 8 : 2));
                }
                store.assignments().assign(new Assignment("dev-" + p, p, ADDED, null));
                store.hubStatuses().record(new HubStatus("dev-" + p, p.equals("offline") ? "lost" : "connected", NOW.minusSeconds(60)));
            }
            store.assignments().assign(new Assignment("dev-old", "ok", ADDED.minusSeconds(60), null));
            store.assignments().giveBack("dev-old", ADDED);
            store.hubStatuses().record(new HubStatus("dev-ok", "connected", NOW.minusSeconds(30))); // replaces the row
            Map<String, PatientFlags> byId = clinic.patientList(null, FlagSettings.DEFAULT, NOW).stream()
                    .collect(Collectors.toMap(f -> f.facts().person().personId(), f -> f));
            assertEquals(0, byId.get("ok").count(), byId.get("ok").toString());
            assertEquals("dev-ok", byId.get("ok").facts().deviceId(), "the roller returned does not count");
            assertEquals(NOW.minusSeconds(30), byId.get("ok").facts().hubSeenAt());
            assertFlags(byId.get("idle"), true, false, false, false);
            assertFlags(byId.get("lazy"), false, true, false, false);
            assertFlags(byId.get("comp"), false, false, true, false);
            assertFlags(byId.get("offline"), false, false, false, true);
        }
    }

    /**
     * 300 patients with 60 days of daily sessions each (18,000 sessions), all with a plan and a roller:
     * the list is a few queries, not a few per patient. Prints the time (a figure, not a measurement
     * of record); fails only past a generous bound.
     */
    @Test
    void thePatientListOfThreeHundredPatientsStaysFast() {
        try (JdbcSessionStore store = open()) {
            ClinicStore clinic = ClinicStore.on(store);
            clinic.addAccount(account("root", Role.ADMIN));
            store.transaction("seed", c -> {
                try (java.sql.PreparedStatement person = c.prepareStatement("INSERT INTO person (person_id, display_name, "
                        + "zone_id, created_at_ms) VALUES (?,?,'UTC',?)");
                        java.sql.PreparedStatement plan = c.prepareStatement("INSERT INTO plan VALUES (?,'2026-01-01',5,60,'T4','T8',0)");
                        java.sql.PreparedStatement session = c.prepareStatement("INSERT INTO session VALUES "
                                + "(?,?,'dev',?,1,60,20,0,0,2,0,0,0,0,'{}',0)")) {
                    for (int i = 0; i < 300; i++) {
                        String p = "p" + i;
                        person.setString(1, p);
                        person.setString(2, "Patient " + i);
                        person.setLong(3, ADDED.toEpochMilli());
                        person.addBatch();
                        plan.setString(1, p);
                        plan.addBatch();
                        for (int d = 1; d <= 60; d++) {
                            session.setString(1, p + "-" + d);
                            session.setString(2, p);
                            session.setLong(3, NOW.minus(Duration.ofDays(d)).toEpochMilli());
                            session.addBatch();
                        }
                    }
                    person.executeBatch();
                    plan.executeBatch();
                    session.executeBatch();
                }
                return null;
            });
            for (int i = 0; i < 300; i++) {
                store.assignments().assign(new Assignment("dev-" + i, "p" + i, ADDED, null));
                store.hubStatuses().record(new HubStatus("dev-" + i, "connected", NOW));
            }
            clinic.patientList("root", FlagSettings.DEFAULT, NOW); // warm
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t0 = System.nanoTime();
                assertEquals(300, clinic.patientList("root", FlagSettings.DEFAULT, NOW).size());
                best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            }
            System.out.println("patient list of 300 patients, 18000 sessions, " + store.name().replaceAll(".*/", "")
                    + ": " + best + " ms");
            assertTrue(best < 2000, best + " ms");
        }
    }

    static void rollFiveDaysOfLastWeek(JdbcSessionStore store, String p) {
        for (int d = 0; d < 5; d++) {
            store.add(Patients.session(p + "-w" + d, p, Instant.parse("2026-03-09T18:00:00Z").plus(Duration.ofDays(d)), 60, 1, 0));
        }
    }

    private static void assertFlags(PatientFlags f, boolean noSession, boolean adherence, boolean comp, boolean hub) {
        String who = f.toString();
        assertEquals(noSession, f.noSession(), who);
        assertEquals(adherence, f.adherenceLow(), who);
        assertEquals(comp, f.compensationRising(), who);
        assertEquals(hub, f.hubOffline(), who);
    }

    private static List<String> ids(List<PatientFlags> list) {
        return list.stream().map(f -> f.facts().person().personId()).toList();
    }
}
