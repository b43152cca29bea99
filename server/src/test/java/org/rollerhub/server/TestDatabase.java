package org.rollerhub.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL database of the test's own on the machine's cluster at 127.0.0.1:5432 (trust
 * authentication, user {@code postgres}; {@code -Droller.pg.url=} and {@code -Droller.pg.user=}
 * to point elsewhere), made at construction and dropped by {@link #close}.
 */
final class TestDatabase implements AutoCloseable {
    static final String SERVER = System.getProperty("roller.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("roller.pg.user", "postgres");
    private static int made;

    private final String name;

    TestDatabase(String purpose) throws SQLException {
        synchronized (TestDatabase.class) {
            name = "roller_server_" + purpose + "_" + ProcessHandle.current().pid() + "_" + (made++);
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** The database's name. */
    String name() {
        return name;
    }

    /** Its JDBC URL (on 127.0.0.1:5432 unless told otherwise). */
    String url() {
        return SERVER + name;
    }

    /** Its JDBC URL through another port on 127.0.0.1 (a forwarder's). */
    String urlVia(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** Sessions kept, 0 before the schema exists. */
    long sessionCount() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM session")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // no table yet
            }
            throw e;
        }
    }

    /** Every kept session's summary by id; fails if an id came twice (it cannot: it is the key). */
    Map<String, String> summaries() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT session_id, summary_json FROM session")) {
            while (r.next()) {
                if (out.put(r.getString(1), r.getString(2)) != null) {
                    throw new AssertionError("session " + r.getString(1) + " stored twice");
                }
            }
        }
        return out;
    }

    /** A single-value query's answer as text. */
    String value(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** Waits until {@code expected} sessions are kept, or {@code timeoutMs} has passed; returns the count. */
    long awaitSessions(long expected, long timeoutMs) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        long n = sessionCount();
        while (n < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            n = sessionCount();
        }
        return n;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
