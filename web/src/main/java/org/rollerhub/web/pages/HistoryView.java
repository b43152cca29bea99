package org.rollerhub.web.pages;

import java.util.List;
import org.rollerhub.store.Person;

/**
 * The history page: the filter as given (text, so a bad date can be shown back), its problem if
 * any, and the sessions found, newest first.
 */
public record HistoryView(Frame frame, List<Person> people, String personId, String from, String to, String error,
        List<Row> sessions, boolean more) {

    /** One session in the list; times in the person's zone. */
    public record Row(String sessionId, String person, String when, String duration, int reps, int holds,
            int compensations, int shifts) {
    }
}
