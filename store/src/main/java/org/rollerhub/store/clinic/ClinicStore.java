package org.rollerhub.store.clinic;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.StoreException;

/**
 * The clinic's own tables beside the sessions (schema version 3): accounts, which physio sees which
 * patient, the audit log, the rollers lent and their hubs' status, and the patient list with its
 * flags. Shares the session store's database and connections. Thread-safe; every method commits
 * before it returns; failures are {@link StoreException}s naming the database.
 */
public final class ClinicStore {
    private final JdbcSessionStore store;

    private ClinicStore(JdbcSessionStore store) {
        this.store = store;
    }

    /** The clinic tables of {@code store}'s database (PostgreSQL on a server; a hub's SQLite file has them empty). */
    public static ClinicStore on(JdbcSessionStore store) {
        return new ClinicStore(store);
    }

    // ---- accounts

    /** Adds an account; throws a StoreException if the username is taken. */
    public void addAccount(Account a) {
        store.transaction("add account " + a.username(), c -> {
            if (account(c, a.username()).isPresent()) {
                throw new StoreException("account '" + a.username() + "' already exists");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account (username, display_name, role, "
                    + "password_hash, created_at_ms) VALUES (?,?,?,?,?)")) {
                p.setString(1, a.username());
                p.setString(2, a.displayName());
                p.setString(3, a.role().text());
                p.setString(4, a.passwordHash());
                p.setLong(5, a.createdAt().toEpochMilli());
                p.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Account> account(String username) {
        return store.transaction("look up account " + username, c -> account(c, username));
    }

    /** Every account, by username. */
    public List<Account> accounts() {
        return store.transaction("list accounts", c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role, password_hash, created_at_ms "
                    + "FROM account ORDER BY username"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(account(r));
                }
            }
            return out;
        });
    }

    private static Optional<Account> account(java.sql.Connection c, String username) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT username, display_name, role, password_hash, created_at_ms "
                + "FROM account WHERE username = ?")) {
            p.setString(1, username);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(account(r)) : Optional.empty();
            }
        }
    }

    private static Account account(ResultSet r) throws java.sql.SQLException {
        return new Account(r.getString(1), r.getString(2), Role.parse(r.getString(3)), r.getString(4),
                Instant.ofEpochMilli(r.getLong(5)));
    }

    // ---- who sees whom

    /**
     * Lets physio {@code username} see patient {@code personId} (nothing if already so).
     *
     * @throws StoreException if the account or the person does not exist
     */
    public void assign(String username, String personId) {
        store.transaction("assign " + personId + " to " + username, c -> {
            require(c, "SELECT 1 FROM account WHERE username = ?", username, "no account '" + username + "'");
            require(c, "SELECT 1 FROM person WHERE person_id = ?", personId, "no patient '" + personId + "'");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account_patient (username, person_id) VALUES (?,?) "
                    + "ON CONFLICT (username, person_id) DO NOTHING")) {
                p.setString(1, username);
                p.setString(2, personId);
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Takes patient {@code personId} away from physio {@code username}; returns whether they had them. */
    public boolean unassign(String username, String personId) {
        return store.transaction("unassign " + personId + " from " + username, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM account_patient WHERE username = ? AND person_id = ?")) {
                p.setString(1, username);
                p.setString(2, personId);
                return p.executeUpdate() > 0;
            }
        });
    }

    /** The ids of the patients assigned to {@code username}, sorted. */
    public List<String> patientsOf(String username) {
        return store.transaction("list the patients of " + username, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT person_id FROM account_patient WHERE username = ? ORDER BY person_id")) {
                p.setString(1, username);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Whether {@code username} may see patient {@code personId}: an admin sees everyone who exists, a
     * physio only their assigned patients; an unknown account nobody.
     */
    public boolean maySee(String username, String personId) {
        return store.transaction("check " + username + " for " + personId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM account a WHERE a.username = ? AND ("
                    + "(a.role = 'admin' AND EXISTS (SELECT 1 FROM person x WHERE x.person_id = ?)) OR "
                    + "EXISTS (SELECT 1 FROM account_patient ap WHERE ap.username = a.username AND ap.person_id = ?))")) {
                p.setString(1, username);
                p.setString(2, personId);
                p.setString(3, personId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    private static void require(java.sql.Connection c, String sql, String key, String message) throws java.sql.SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(message);
                }
            }
        }
    }

    // ---- audit

    /** Appends one line to the audit log. */
    public void audit(AuditEntry e) {
        store.transaction("write the audit log", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO audit (at_ms, username, action, person_id, detail) VALUES (?,?,?,?,?)")) {
                p.setLong(1, e.at().toEpochMilli());
                p.setString(2, e.username());
                p.setString(3, e.action());
                p.setString(4, e.personId());
                p.setString(5, e.detail());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** The newest {@code limit} lines of the audit log, newest first (lines of the same millisecond in no set order). */
    public List<AuditEntry> audit(int limit) {
        return store.transaction("read the audit log", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT at_ms, username, action, person_id, detail FROM audit "
                    + "ORDER BY at_ms DESC LIMIT " + Math.max(1, limit)); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new AuditEntry(Instant.ofEpochMilli(r.getLong(1)), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5)));
                }
            }
            return out;
        });
    }

    // ---- the patient list

    /**
     * The patients {@code username} sees with their flags at {@code now}: everyone for an admin (or
     * null), the assigned ones for a physio; the most flagged first, then by name.
     */
    public List<PatientFlags> patientList(String username, FlagSettings settings, Instant now) {
        String physio = username == null || account(username).map(Account::admin).orElse(false) ? null : username;
        List<PatientFlags> out = new ArrayList<>();
        store.transaction("list patients", c -> PatientListSql.read(c, physio, now)).values()
                .forEach(f -> out.add(PatientFlags.of(f, settings, now)));
        out.sort((a, b) -> Integer.compare(b.count(), a.count())); // stable: names stay in order within a count
        return out;
    }
}
