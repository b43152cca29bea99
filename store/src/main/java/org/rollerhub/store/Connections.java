package org.rollerhub.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the store gets a connection: one kept open and shared in turn (an SQLite file), or one
 * borrowed from a pool per call (PostgreSQL). A unit of work runs inside one transaction.
 */
interface Connections extends AutoCloseable {

    /** Work done with a connection; its result is returned. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in a transaction: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException;

    /**
     * As {@link #inTransaction}, with an SQL failure turned into a {@link StoreException} that says
     * "{@code <database>: cannot <what>: <cause>}".
     */
    default <T> T run(String database, String what, Work<T> work) {
        try {
            return inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException(database + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    void close();
}
