package org.rollerhub.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A connection per unit of work from a {@link DataSource} (a pool, for PostgreSQL); the pool is the caller's. */
final class PooledConnections implements Connections {
    private final DataSource source;

    PooledConnections(DataSource source) {
        this.source = source;
    }

    @Override
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    @Override
    public void close() {
        // the data source belongs to the caller
    }
}
