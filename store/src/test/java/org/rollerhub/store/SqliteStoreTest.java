package org.rollerhub.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.Level;

/** The store in a real SQLite file: the contract, WAL mode, and files it must refuse untouched. */
class SqliteStoreTest extends SessionStoreContract {
    @TempDir
    Path dir;
    private int opened;

    @Override
    SessionStore open() {
        return SqliteStore.open(dir.resolve("history-" + (opened++) + ".db"));
    }

    @Test
    void aStoreReopensWithItsSessionsInWalMode() throws SQLException {
        Path file = dir.resolve("history.db");
        try (SessionStore store = SqliteStore.open(file)) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
            store.add(Sessions.session("00112233aabbccdd-1", "anna", T0, 60, 1, Level.T6));
        }
        try (SessionStore store = SqliteStore.open(file)) {
            assertEquals(1, store.sessionCount());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertEquals("wal", r.getString(1));
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedUntouched() throws IOException {
        Path file = dir.resolve("history.db");
        byte[] text = "this is somebody's notes, not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        StoreException e = assertThrows(StoreException.NotOurs.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void aCorruptDatabaseIsRefusedUntouched() throws IOException {
        Path file = dir.resolve("history.db");
        try (SessionStore store = SqliteStore.open(file)) {
            store.addPerson(Sessions.person("anna", "UTC", T0));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31); // header kept, every page scrambled
        }
        Files.write(file, bytes);
        Files.deleteIfExists(dir.resolve("history.db-wal"));
        Files.deleteIfExists(dir.resolve("history.db-shm"));
        StoreException e = assertThrows(StoreException.NotOurs.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("history.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
            s.execute("INSERT INTO recipes VALUES ('bread')");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.NotOurs.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("recipes"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseFromANewerSchemaIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("history.db");
        SqliteStore.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            // what a later build's V2 would leave in the history
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) SELECT 2, '2', 'later', 'SQL', "
                    + "'V2__later.sql', 1, installed_by, installed_on, 1, 1 FROM flyway_schema_history WHERE version = '1'");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.NotOurs.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("newer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
