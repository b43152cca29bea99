package org.rollerhub.store.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.LevelFigures;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.StoredSession;

/** Hand-made patients, plans and sessions for the clinic's tests. */
final class Patients {
    /** A Wednesday, noon UTC: the last full week is Monday 9 to Sunday 15 March. */
    static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    /** 5 days a week, 60 s a day, no held reps needed: a day counts when it has a minute. */
    static final Plan PLAN = new Plan(LocalDate.parse("2026-01-01"), 5, 60, Level.T4, Level.T8, 0);

    private Patients() {
    }

    static Person person(String id, Instant created) {
        return new Person(id, "Patient " + id, null, null, ZoneId.of("UTC"), created);
    }

    /** A session of {@code seconds} with {@code reps} reps (all at T6), {@code compensations} of them compensated. */
    static StoredSession session(String id, String personId, Instant start, double seconds, int reps, int compensations) {
        List<LevelFigures> levels = reps == 0 ? List.of() : List.of(new LevelFigures(Level.T6, reps, 0, 0, compensations));
        return new StoredSession(id, personId, "00112233aabbccdd", start, true, seconds, reps, 0, 0, compensations, 0, 0, 0,
                false, levels, "{\"sessionId\":\"" + id + "\"}", null);
    }
}
