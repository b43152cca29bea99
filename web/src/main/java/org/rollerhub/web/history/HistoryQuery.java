package org.rollerhub.web.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The history filter from the query string: a person (or everyone) and a range of local days,
 * both ends included. Bad dates are a message for the page, not an error page.
 */
public record HistoryQuery(String personId, LocalDate from, LocalDate to, String error) {

    public static HistoryQuery parse(String personId, String from, String to) {
        String p = personId == null || personId.isBlank() ? null : personId.strip();
        LocalDate f;
        LocalDate t;
        try {
            f = day(from);
        } catch (DateTimeException e) {
            return new HistoryQuery(p, null, null, "From: '" + from + "' is not a date (YYYY-MM-DD).");
        }
        try {
            t = day(to);
        } catch (DateTimeException e) {
            return new HistoryQuery(p, f, null, "To: '" + to + "' is not a date (YYYY-MM-DD).");
        }
        if (f != null && t != null && t.isBefore(f)) {
            return new HistoryQuery(p, f, t, "To (" + t + ") is before From (" + f + ").");
        }
        return new HistoryQuery(p, f, t, null);
    }

    /** The start of {@code from} in {@code zone}, or null. */
    public Instant fromInstant(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The end of {@code to} (the next day's start) in {@code zone}, or null. */
    public Instant toInstant(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate day(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
