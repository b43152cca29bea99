package org.rollerhub.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The clinic contract against a real PostgreSQL, a database per test (as {@link PostgresStoreTest}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicPostgresTest extends ClinicContract {
    private final TestPostgres databases = new TestPostgres();

    @Override
    JdbcSessionStore open() {
        return databases.open();
    }

    @AfterAll
    void drop() throws SQLException {
        databases.close();
    }
}
