package org.rollerhub.hub.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.Progress;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;

/** Reads what a person's {@link Progress} needs from the store: their sessions of the weeks shown, and their plans. */
public final class PersonProgress {
    private PersonProgress() {
    }

    /** Progress over {@code weeks} weeks ending with {@code today}'s (the person's local day). */
    public static Progress of(SessionStore store, Person person, LocalDate today, int weeks) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Instant from = firstMonday.atStartOfDay(person.zone()).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(person.zone()).toInstant();
        List<StoredSession> sessions = store.sessions(person.personId(), from, to, 0, false);
        return Progress.of(person, sessions, store.plans(person.personId()), today, weeks);
    }
}
