package org.rollerhub.web.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Assignment;
import org.rollerhub.store.HubStatus;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.LevelFigures;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.Role;
import org.rollerhub.web.clinic.ClinicAccounts;

/**
 * A prepared clinic: an admin ({@code root}), two physios ({@code ann} with five patients, each with
 * exactly one flag but {@code p-ok}; {@code bob} with one unflagged patient), at {@link #NOW}, a
 * Wednesday. Every patient has a plan of 5 days a week, a minute a day; the last full week is
 * Monday 9 to Sunday 15 March 2026.
 */
public final class ClinicData {
    public static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    public static final String PASSWORD = "correct horse battery";
    /** Ann's patients and the one flag each should show (none for p-ok). */
    public static final Map<String, List<String>> ANNS_FLAGS = Map.of("p-ok", List.of(), "p-idle", List.of("no-session"),
            "p-lazy", List.of("adherence"), "p-comp", List.of("compensation"), "p-off", List.of("hub-offline"));
    public static final String BOBS_PATIENT = "b-one";
    /** One of Bob's patient's sessions. */
    public static final String BOBS_SESSION = "aa01-b-one-1d";
    /** One of Ann's p-ok's sessions. */
    public static final String ANNS_SESSION = "aa01-p-ok-1d";

    private static final Instant ADDED = Instant.parse("2026-01-05T09:00:00Z");
    private static final Plan PLAN = new Plan(LocalDate.parse("2026-01-01"), 5, 60, Level.T4, Level.T8, 0);

    private ClinicData() {
    }

    public static void seed(JdbcSessionStore store, ClinicStore clinic) {
        String hash = ClinicAccounts.hash(PASSWORD);
        clinic.addAccount(new Account("root", "Clinic admin", Role.ADMIN, hash, ADDED));
        clinic.addAccount(new Account("ann", "Ann Physio", Role.PHYSIO, hash, ADDED));
        clinic.addAccount(new Account("bob", "Bob Physio", Role.PHYSIO, hash, ADDED));
        for (String p : List.of("p-ok", "p-idle", "p-lazy", "p-comp", "p-off", BOBS_PATIENT)) {
            store.addPerson(new Person(p, "Patient " + p, null, null, ZoneId.of("UTC"), ADDED));
            store.setPlan(p, PLAN);
            if (!p.equals("p-lazy")) {
                for (int d = 0; d < 5; d++) { // a minute on each weekday of the last full week
                    store.add(session("aa01-" + p + "-w" + d, p, Instant.parse("2026-03-09T18:00:00Z").plus(Duration.ofDays(d)), 1, 0));
                }
            }
            if (!p.equals("p-idle")) { // the two compensation windows, 20 reps each
                store.add(session("aa01-" + p + "-9d", p, NOW.minus(Duration.ofDays(9)), 20, 2));
                store.add(session("aa01-" + p + "-1d", p, NOW.minus(Duration.ofDays(1)), 20, p.equals("p-comp") ? 8 : 2));
            }
            store.assignments().assign(new Assignment("dev-" + p, p, ADDED, null));
            store.hubStatuses().record(new HubStatus("dev-" + p, p.equals("p-off") ? "lost" : "connected", NOW.minusSeconds(60)));
            clinic.assign(p.equals(BOBS_PATIENT) ? "bob" : "ann", p);
        }
    }

    /** A minute's session with {@code reps} reps at T6, {@code compensations} of them compensated. */
    private static StoredSession session(String id, String personId, Instant start, int reps, int compensations) {
        return new StoredSession(id, personId, "00112233aabbccdd", start, true, 60, reps, 0, 0, compensations, 0, 0, 0,
                false, List.of(new LevelFigures(Level.T6, reps, 0, 0, compensations)), "{\"sessionId\":\"" + id + "\"}", null);
    }
}
