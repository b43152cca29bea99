package org.rollerhub.reports.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.reports.ExportException;
import org.rollerhub.store.LevelFigures;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.Totals;

/** Builds the {@link SessionView} of one stored session. */
public final class SessionViews {
    private SessionViews() {
    }

    /**
     * The session with this id, with its trace if the store has one.
     *
     * @throws ExportException if no such session is kept, or its person is gone
     */
    public static SessionView of(SessionStore store, String sessionId) {
        StoredSession s = find(store, sessionId);
        Person person = store.person(s.personId())
                .orElseThrow(() -> new ExportException("session " + sessionId + " belongs to unknown person " + s.personId()));
        return of(person, s.withTrace(store.trace(sessionId).orElse(null)));
    }

    /** The view of {@code s} (with whatever trace it carries) for {@code person}. */
    public static SessionView of(Person person, StoredSession s) {
        SummaryDetails details = SummaryDetails.parse(s.summaryJson());
        return new SessionView(person, s.sessionId(), s.deviceId(), details.firmware(),
                s.startedAt().atZone(person.zone()), s.startKnown(), s.recovered(), Totals.ZERO.plus(s),
                levels(s.levels(), s.neckS(), s.lumbarS()), details.reps(), details.shifts(), s.trace());
    }

    /** A session by id. */
    static StoredSession find(SessionStore store, String sessionId) {
        return store.session(sessionId).orElseThrow(() -> new ExportException("no session " + sessionId
                + " in the store (list them with: roller-hub history)"));
    }

    /** C, T1..T12, L from per-level figures and the zone times, s. */
    static List<LevelRow> levels(Iterable<LevelFigures> figures, double neckS, double lumbarS) {
        Map<Level, LevelFigures> by = new EnumMap<>(Level.class);
        for (LevelFigures f : figures) {
            by.merge(f.level(), f, (a, b) -> new LevelFigures(a.level(), a.reps() + b.reps(), a.holds() + b.holds(),
                    a.holdS() + b.holdS(), a.compensations() + b.compensations()));
        }
        List<LevelRow> out = new ArrayList<>();
        for (Level l : Level.values()) {
            LevelFigures f = by.getOrDefault(l, new LevelFigures(l, 0, 0, 0, 0));
            double zone = l == Level.C ? neckS : l == Level.L ? lumbarS : 0;
            out.add(new LevelRow(l, f.reps(), f.holds(), f.holdS(), f.compensations(), zone));
        }
        return out;
    }
}
