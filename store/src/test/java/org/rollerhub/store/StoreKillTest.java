package org.rollerhub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer in a child JVM killed with SIGKILL in the middle of its stream of transactions: the
 * file opens again, passes SQLite's integrity check, and holds every session whose add had
 * returned (at most one more: the one being committed when the kill came).
 */
class StoreKillTest {
    @TempDir
    Path dir;

    @Test
    void sigkillDuringWritesLosesNoCommittedSession() throws Exception {
        Path file = dir.resolve("history.db");
        long committed = 0;
        for (int killAfter : List.of(5, 60, 150)) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), StoreWriterMain.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long seen = committed; // reported committed when the kill was sent
            long last = committed; // the last the writer reported before it died
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    last = Long.parseLong(line.substring("committed ".length()));
                    if (seen < committed + killAfter) {
                        seen = last;
                        if (seen >= committed + killAfter) {
                            p.toHandle().destroyForcibly(); // SIGKILL, between or inside transactions; the pipe stays open
                        }
                    }
                    // after the kill: what it printed before the signal landed, still in the pipe
                }
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
            try (SessionStore store = SqliteStore.open(file)) {
                long count = store.sessionCount();
                // Nothing it reported committed is lost; at most the one it was writing when killed is there unreported.
                assertTrue(count >= last && count <= last + 1, "printed " + last + " committed, found " + count);
                committed = count;
                assertEquals(count, store.sessions("anna", null, null, 0).size());
            }
        }
    }
}
