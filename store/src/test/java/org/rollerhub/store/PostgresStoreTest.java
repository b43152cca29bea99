package org.rollerhub.store;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The same contract against a real PostgreSQL at 127.0.0.1:5432 (trust authentication, user
 * {@code postgres}; override with {@code -Droller.pg.url=}): each test gets a database of its own,
 * made here and dropped after.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStoreTest extends SessionStoreContract {
    private final TestPostgres databases = new TestPostgres();

    @Override
    SessionStore open() {
        return databases.open();
    }

    @AfterAll
    void drop() throws SQLException {
        databases.close();
    }
}
