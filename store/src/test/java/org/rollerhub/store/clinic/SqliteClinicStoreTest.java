package org.rollerhub.store.clinic;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.SqliteStore;

/** The clinic contract on an SQLite file (a hub's file carries the tables). */
class SqliteClinicStoreTest extends ClinicStoreContract {
    @TempDir
    Path dir;
    private int n;

    @Override
    JdbcSessionStore open() {
        return SqliteStore.open(dir.resolve("history-" + (n++) + ".db"));
    }
}
