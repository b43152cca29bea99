package org.rollerhub.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

/** The clinic contract against a real PostgreSQL, a database per test (as {@link PostgresStoreTest}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicPostgresTest extends ClinicContract {
    private static final String SERVER = System.getProperty("roller.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("roller.pg.user", "postgres");
    private final String prefix = "roller_clinic_test_" + ProcessHandle.current().pid() + "_";
    private final List<String> made = new ArrayList<>();

    @BeforeAll
    void dropLeftovers() throws SQLException {
        drop();
    }

    @Override
    JdbcSessionStore open() {
        String db = prefix + made.size();
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

    @AfterAll
    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement s = c.createStatement()) {
            for (String db : made) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
        made.clear();
    }
}
