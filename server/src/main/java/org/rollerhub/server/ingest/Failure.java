package org.rollerhub.server.ingest;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** What a failed write means for the messages in it. */
enum Failure {
    /** The database cannot be reached (connection refused, lost, pool timed out): wait and try again. */
    UNREACHABLE,
    /** Two writers met (deadlock, serialization): try again at once. */
    CONFLICT,
    /** The database refused the data itself: trying again will not help. */
    REJECTED;

    /** Classifies by SQLSTATE: class 08 (connection), 53 (resources), 57 (shutdown) or none: unreachable. */
    static Failure of(Throwable e) {
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof IOException) {
                return UNREACHABLE;
            }
            if (t instanceof SQLException s && sql == null) {
                sql = s;
            }
        }
        String state = sql == null ? null : sql.getSQLState();
        if (state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
            return UNREACHABLE;
        }
        if (state.startsWith("40")) {
            return CONFLICT;
        }
        return REJECTED;
    }
}
