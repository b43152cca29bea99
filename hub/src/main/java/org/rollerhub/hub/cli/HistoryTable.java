package org.rollerhub.hub.cli;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rollerhub.store.LevelFigures;
import org.rollerhub.store.Person;
import org.rollerhub.store.StoredSession;

/** Sessions as a table for people: one line each, local time of their person. */
final class HistoryTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE HH:mm", Locale.ROOT);

    private HistoryTable() {
    }

    static String format(List<StoredSession> sessions, Map<String, Person> people) {
        if (sessions.isEmpty()) {
            return "No sessions.\n";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-21s  %-12s  %6s  %4s  %4s  %6s  %4s  %5s  %6s  %6s  %-12s  %s%n",
                "when (local)", "person", "min", "reps", "held", "hold s", "comp", "shift", "neck s", "lumb s",
                "levels", "session"));
        for (StoredSession s : sessions) {
            Person p = people.get(s.personId());
            ZoneId zone = p != null ? p.zone() : ZoneId.systemDefault();
            String when = ZonedDateTime.ofInstant(s.startedAt(), zone).format(WHEN) + (s.startKnown() ? " " : "~");
            String levels = s.levels().stream().map(l -> l.level().name()).collect(Collectors.joining(","));
            sb.append(String.format(Locale.ROOT, "%-21s  %-12s  %6.1f  %4d  %4d  %6.1f  %4d  %5d  %6.1f  %6.1f  %-12s  %s%s%n",
                    when, s.personId(), s.durationS() / 60.0, s.reps(), s.holds(),
                    s.holds() == 0 ? 0.0 : s.holdS() / s.holds(), s.compensations(), s.shifts(), s.neckS(), s.lumbarS(),
                    levels.length() > 12 ? range(s.levels()) : levels, s.sessionId(), s.recovered() ? " (recovered)" : ""));
        }
        sb.append(sessions.size()).append(" session(s). '~': a recording's session, dated by its capture.\n");
        return sb.toString();
    }

    private static String range(List<LevelFigures> levels) {
        return levels.get(0).level() + ".." + levels.get(levels.size() - 1).level() + " (" + levels.size() + ")";
    }
}
