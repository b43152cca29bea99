package org.rollerhub.web.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.PostgresStore;

/**
 * A PostgreSQL database of a test's own at 127.0.0.1:5432 (trust authentication, user
 * {@code postgres}; {@code -Droller.pg.url=} and {@code -Droller.pg.user=} override), made on open
 * and dropped on close, with the store's schema.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String SERVER = System.getProperty("roller.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("roller.pg.user", "postgres");

    private final String name;
    public final JdbcSessionStore store;

    private TestDatabase(String name, JdbcSessionStore store) {
        this.name = name;
        this.store = store;
    }

    /** @param prefix the database's name before the process id, e.g. {@code roller_clinicweb_test} */
    public static TestDatabase create(String prefix) throws SQLException {
        String db = prefix + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(SERVER + db);
        source.setUser(USER);
        return new TestDatabase(db, PostgresStore.open(source, SERVER + db));
    }

    @Override
    public void close() throws SQLException {
        store.close();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
