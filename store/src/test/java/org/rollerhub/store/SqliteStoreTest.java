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
            // what a later build's next script would leave in the history
            int next = Integer.parseInt(Migrations.LATEST) + 1;
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) SELECT " + next + ", '" + next + "', 'later', "
                    + "'SQL', 'V" + next + "__later.sql', 1, installed_by, installed_on, 1, 1 FROM flyway_schema_history "
                    + "WHERE version = '1'");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.NotOurs.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("newer"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void latestNamesTheNewestScript() throws Exception {
        int newest = 0;
        for (int v = 1; v < 100; v++) {
            String prefix = "V" + v + "__";
            try (var dir = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
                if (dir.anyMatch(f -> f.getFileName().toString().startsWith(prefix))) {
                    newest = v;
                }
            }
        }
        assertEquals(String.valueOf(newest), Migrations.LATEST, "Migrations.LATEST must name the newest V<n>__ script");
    }

    @Test
    void aVersionOneHistoryIsBroughtUpToDateKeepingItsSessions() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO person VALUES ('anna', 'Anna', NULL, NULL, 'UTC', 0)");
            s.execute("INSERT INTO session VALUES ('00112233aabbccdd-1', 'anna', '00112233aabbccdd', 1000, 1, 60, "
                    + "3, 1, 10, 0, 0, 0, 0, 0, '{}', 2000)");
        }
        try (JdbcSessionStore store = SqliteStore.open(file)) {
            assertEquals(1, store.sessionCount());
            assertEquals(3, store.sessions(null, null, null, 0).get(0).reps());
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE name IN ('session_by_time', 'account', "
                        + "'roller_assignment', 'hub_status', 'account_patient', 'audit') ORDER BY name")) {
            StringBuilder names = new StringBuilder();
            while (r.next()) {
                names.append(r.getString(1)).append(' ');
            }
            assertEquals("account account_patient audit hub_status roller_assignment session_by_time ", names.toString());
        }
    }
}
