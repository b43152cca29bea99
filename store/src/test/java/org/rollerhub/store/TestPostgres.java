package org.rollerhub.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Stores in databases of their own on the PostgreSQL at 127.0.0.1:5432 (trust authentication,
 * user {@code postgres}; override with {@code -Droller.pg.url=} and {@code -Droller.pg.user=}):
 * each {@link #open} makes one, named uniquely in this JVM, and {@link #close} drops them all.
 */
public final class TestPostgres implements AutoCloseable {
    private static final String SERVER = System.getProperty("roller.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("roller.pg.user", "postgres");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final List<String> made = new ArrayList<>();

    /** A store in a new, empty database. */
    public JdbcSessionStore open() {
        String db = "roller_store_test_" + ProcessHandle.current().pid() + "_" + NEXT.getAndIncrement();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test: " + e.getMessage(), e);
        }
        made.add(db);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(SERVER + db);
        source.setUser(USER);
        return PostgresStore.open(source, SERVER + db);
    }

    /** Drops every database this one made. */
    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            for (String db : made) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
        made.clear();
    }
}
