package org.rollerhub.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The clinic contract in a real SQLite file. */
class ClinicSqliteTest extends ClinicContract {
    @TempDir
    Path dir;
    private int opened;

    @Override
    JdbcSessionStore open() {
        return SqliteStore.open(dir.resolve("clinic-" + (opened++) + ".db"));
    }
}
