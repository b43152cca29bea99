package org.rollerhub.web.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.Role;

/** The first administrator: a password given, read from a file, or generated once; never twice. */
class ClinicAccountsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    @Test
    void aGeneratedPasswordIsReturnedOnceAndOnlyItsHashKept() throws Exception {
        try (JdbcSessionStore store = SqliteStore.open(dir.resolve("a.db"))) {
            ClinicStore clinic = ClinicStore.on(store);
            String generated = ClinicAccounts.ensureAdmin(clinic, "admin", null, null, CLOCK);
            assertNotNull(generated);
            assertEquals(16, generated.length());
            Account a = clinic.account("admin").orElseThrow();
            assertEquals(Role.ADMIN, a.role());
            assertFalse(a.passwordHash().contains(generated));
            assertTrue(ClinicAccounts.matches(a, generated));
            assertFalse(ClinicAccounts.matches(a, generated + "x"));
            assertFalse(ClinicAccounts.matches(null, generated), "no account: no login");
            assertNull(ClinicAccounts.ensureAdmin(clinic, "admin", "another password", null, CLOCK), "made once");
            assertTrue(ClinicAccounts.matches(clinic.account("admin").orElseThrow(), generated), "and left as it was");
            assertEquals("account-added", clinic.audit(1).get(0).action());
        }
    }

    @Test
    void twoInstancesStartingAtOnceOnAnEmptyDatabaseMakeOneAdministrator() throws Exception {
        // Both see no account, both hash (bcrypt: a tenth of a second or more), both insert: the second must not fail.
        Path db = dir.resolve("c.db");
        SqliteStore.open(db).close();
        try (JdbcSessionStore one = SqliteStore.open(db); JdbcSessionStore two = SqliteStore.open(db)) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.List<java.util.concurrent.Future<String>> made = new java.util.ArrayList<>();
                for (JdbcSessionStore s : java.util.List.of(one, two)) {
                    made.add(pool.submit(() -> {
                        start.await();
                        return ClinicAccounts.ensureAdmin(ClinicStore.on(s), "admin", "the same password", null, CLOCK);
                    }));
                }
                for (java.util.concurrent.Future<String> f : made) {
                    assertNull(f.get(), "a password was given: none generated, and no failure");
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(ClinicAccounts.matches(ClinicStore.on(one).account("admin").orElseThrow(), "the same password"));
            assertEquals(1, ClinicStore.on(one).accounts().size());
        }
    }

    @Test
    void aPasswordGivenOrFromAFileIsUsedAndAShortOneRefused() throws Exception {
        try (JdbcSessionStore store = SqliteStore.open(dir.resolve("b.db"))) {
            ClinicStore clinic = ClinicStore.on(store);
            assertThrows(IllegalArgumentException.class, () -> ClinicAccounts.ensureAdmin(clinic, "admin", "short", null, CLOCK));
            assertFalse(clinic.account("admin").isPresent());
            Path file = Files.writeString(dir.resolve("pw"), "from the file 123\nignored\n");
            assertNull(ClinicAccounts.ensureAdmin(clinic, "admin", null, file, CLOCK));
            assertTrue(ClinicAccounts.matches(clinic.account("admin").orElseThrow(), "from the file 123"));
            assertNull(ClinicAccounts.ensureAdmin(clinic, "boss", "given password 1", file, CLOCK));
            assertTrue(ClinicAccounts.matches(clinic.account("boss").orElseThrow(), "given password 1"), "given wins over the file");
        }
    }
}
