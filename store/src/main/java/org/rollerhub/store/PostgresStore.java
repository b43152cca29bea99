package org.rollerhub.store;

import javax.sql.DataSource;

/**
 * Opens the store in a PostgreSQL database (a clinic server): the same schema, migrations and SQL
 * as the hub's SQLite file. Needs {@code org.postgresql:postgresql} and
 * {@code org.flywaydb:flyway-database-postgresql} on the class path (optional dependencies of
 * this module: the hub does not ship them).
 */
public final class PostgresStore {
    private PostgresStore() {
    }

    /**
     * @param source connections to the database (a pool, which stays the caller's)
     * @param name the database as messages name it (its JDBC URL without credentials)
     */
    public static JdbcSessionStore open(DataSource source, String name) {
        Migrations.migrate(source, name);
        return new JdbcSessionStore(new PooledConnections(source), name);
    }
}
