package org.rollerhub.server.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.rollerhub.server.db.Database;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.StoreException;

/** What the one-shot commands share: opening the database, reading dates and ids, and exit codes. */
final class Cli {
    private static final Pattern DEVICE = Pattern.compile("[0-9a-f]{16}");

    private Cli() {
    }

    /** A command's failure with its exit code (2: bad input, 1: could not do it) and one line for the user. */
    static final class Failure extends RuntimeException {
        final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** A body that uses the store. */
    interface Body {
        void run(JdbcSessionStore store);
    }

    /** Checks the command's input (throwing a {@link Failure}) before the database is opened, and gives the body. */
    interface Checked {
        Body check();
    }

    /**
     * Checks the input, opens the store, runs the body, and turns failures into one line on standard error
     * and an exit code: 2 for bad input or a refusal by the store (unknown person, overlapping
     * loan), 1 for a database that cannot be reached.
     */
    static int run(String command, DbOptions db, Checked input) {
        try {
            Body body = input.check();
            String url = db.checkedUrl();
            try (Database database = new Database(url, db.user, db.password(), 2);
                    JdbcSessionStore store = openOnce(database)) {
                body.run(store);
            }
            return 0;
        } catch (Failure f) {
            System.err.println("roller-server " + command + ": " + f.getMessage());
            return f.code;
        } catch (IllegalArgumentException e) {
            System.err.println("roller-server " + command + ": " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            System.err.println("roller-server " + command + ": " + e.getMessage());
            return 2;
        }
    }

    private static JdbcSessionStore openOnce(Database database) {
        try {
            return database.open();
        } catch (StoreException.NotOurs e) {
            throw new Failure(2, e.getMessage());
        } catch (StoreException e) {
            throw new Failure(1, "database " + database.name() + " unreachable: " + Database.why(e));
        }
    }

    /** A 16-hex-digit roller id. */
    static String device(String option, String value) {
        if (value == null || !DEVICE.matcher(value).matches()) {
            throw new Failure(2, "bad value for option " + option + ": '" + value + "' is not a roller id (16 lowercase hex digits)");
        }
        return value;
    }

    /**
     * An instant: {@code 2026-12-01T09:30:00Z}, or a day ({@code 2026-12-01}) read as its start
     * in {@code zone} ({@code endOfDay}: the start of the next day).
     */
    static Instant instant(String option, String value, ZoneId zone, boolean endOfDay) {
        try {
            if (value.contains("T")) {
                return Instant.parse(value);
            }
            LocalDate day = LocalDate.parse(value);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new Failure(2, "bad value for option " + option + ": '" + value
                    + "' is not a day (2026-12-01) or an instant (2026-12-01T09:30:00Z)");
        }
    }
}
