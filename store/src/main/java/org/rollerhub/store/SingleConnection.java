package org.rollerhub.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One connection kept open for the store's life, used by one caller at a time (SQLite). */
final class SingleConnection implements Connections {
    private final Connection connection;

    SingleConnection(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    @Override
    public synchronized <T> T inTransaction(Work<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to do with it
        }
    }
}
