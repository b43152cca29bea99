package org.rollerhub.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the hub's embedded store, an SQLite file ({@code <dataDir>/history.db}), in WAL mode.
 *
 * <p>Before anything is written, the file is checked: an existing file must start with SQLite's
 * header, and a database with tables must have this store's schema history with no version newer
 * than this build's. Anything else (a corrupt file, another program's database, a newer schema)
 * is refused with a {@link StoreException.NotOurs} naming the file, and the file is left byte for
 * byte as it was.
 *
 * <p>Durability: {@code synchronous=NORMAL} in WAL mode keeps every commit through a crash of the
 * process (SIGKILL); a power cut may undo the last commits, which the hub makes again from its
 * outbox at start-up. Other processes (the {@code history} command while the hub runs) wait up
 * to {@value #BUSY_TIMEOUT_MS} ms for a lock.
 */
public final class SqliteStore {
    /** How long a connection waits for another process's write lock, ms. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteStore() {
    }

    /** Opens (creating if need be) the store in {@code file}, migrated to the newest schema. */
    public static JdbcSessionStore open(Path file) {
        String name = file.toString();
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Connection c = null;
        try {
            c = source.getConnection();
            checkTables(c, name);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            Migrations.migrate(new KeptOpen(source, c), name);
            return new JdbcSessionStore(new SingleConnection(c), name);
        } catch (SQLException e) {
            close(c);
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
                throw new StoreException.NotOurs(name + " is corrupt or not a database (" + m + "): nothing was written to it", e);
            }
            throw new StoreException(name + ": cannot open the session store: " + m, e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < HEADER.length || !Arrays.equals(head, HEADER)) {
                throw new StoreException.NotOurs(file + " is not a roller-hub database (not an SQLite file): "
                        + "nothing was written to it");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A database with tables must be ours: Flyway's history among them. */
    private static void checkTables(Connection c, String name) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
            throw new StoreException.NotOurs(name + " is not a roller-hub database (its tables: "
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + (tables.size() > 5 ? ", ..." : "") + "): nothing was written to it");
        }
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }
}
