package org.rollerhub.store.clinic;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.TestPostgres;

/**
 * The clinic contract on a real PostgreSQL at 127.0.0.1:5432 (trust authentication, user
 * {@code postgres}; {@code -Droller.pg.url=} overrides): a database per test, made here and dropped after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresClinicStoreTest extends ClinicStoreContract {
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
