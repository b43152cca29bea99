package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.rollerhub.analytics.Level;

/**
 * The {@link SessionStore} in plain SQL that SQLite and PostgreSQL both read the same way
 * ({@code INSERT ... ON CONFLICT DO NOTHING}, no vendor types). Open it through
 * {@link SqliteStore#open} or {@link PostgresStore#open}, which run the migrations first. People,
 * plans and roller choices are in {@link PeopleSql}.
 */
public final class JdbcSessionStore implements SessionStore {
    private static final String SESSION_COLUMNS = SessionSql.COLUMNS;

    private final Connections connections;
    private final String name;
    private final PeopleSql people = new PeopleSql();
    private volatile Consumer<String> beforeCommit = id -> { };

    /**
     * @param connections where connections come from
     * @param name the database as a user knows it (the file's path), for messages
     */
    JdbcSessionStore(Connections connections, String name) {
        this.connections = connections;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * For crash tests: {@code hook} runs inside {@link #add}'s transaction, after the session's
     * rows are written and before the commit, with the session id.
     */
    public void beforeCommit(Consumer<String> hook) {
        this.beforeCommit = hook;
    }

    @Override
    public boolean add(StoredSession s) {
        return run("store session " + s.sessionId(), c -> {
            if (!people.exists(c, s.personId())) {
                throw new StoreException("no person '" + s.personId() + "' in " + name);
            }
            if (!SessionSql.insert(c, s, System.currentTimeMillis())) {
                return false;
            }
            beforeCommit.accept(s.sessionId());
            return true;
        });
    }

    @Override
    public boolean contains(String sessionId) {
        return run("look up session " + sessionId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM session WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    @Override
    public List<StoredSession> sessions(String personId, Instant from, Instant to, int limit, boolean withSummary) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (personId != null) {
            where.append(" AND person_id = ?");
            args.add(personId);
        }
        if (from != null) {
            where.append(" AND started_at_ms >= ?");
            args.add(from.toEpochMilli());
        }
        if (to != null) {
            where.append(" AND started_at_ms < ?");
            args.add(to.toEpochMilli());
        }
        String columns = withSummary ? SESSION_COLUMNS : SESSION_COLUMNS.replace("summary_json", "'' AS summary_json");
        String chosen = "SELECT " + columns + " FROM session" + where
                + " ORDER BY started_at_ms DESC, session_id DESC" + (limit > 0 ? " LIMIT " + limit : "");
        return run("list sessions", c -> {
            List<StoredSession> out = new ArrayList<>();
            try (PreparedStatement p = bind(c.prepareStatement(chosen), args); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(session(r));
                }
            }
            Map<String, List<LevelFigures>> levels = new HashMap<>();
            try (PreparedStatement p = bind(c.prepareStatement("SELECT l.session_id, l.level, l.reps, l.holds, "
                    + "l.hold_s, l.compensations FROM session_level l WHERE l.session_id IN (SELECT session_id FROM ("
                    + chosen + ") chosen)"), args); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    levels.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new LevelFigures(
                            Level.parse(r.getString(2)), r.getInt(3), r.getInt(4), r.getDouble(5), r.getInt(6)));
                }
            }
            List<StoredSession> withLevels = new ArrayList<>(out.size());
            for (StoredSession s : out) {
                List<LevelFigures> l = levels.getOrDefault(s.sessionId(), new ArrayList<>()); // a session with no reps has no level rows
                l.sort((a, b) -> a.level().compareTo(b.level()));
                withLevels.add(new StoredSession(s.sessionId(), s.personId(), s.deviceId(), s.startedAt(),
                        s.startKnown(), s.durationS(), s.reps(), s.holds(), s.holdS(), s.compensations(), s.shifts(),
                        s.neckS(), s.lumbarS(), s.recovered(), l, s.summaryJson(), null));
            }
            return withLevels;
        });
    }

    @Override
    public Optional<StoredSession> session(String sessionId) {
        return run("look up session " + sessionId, c -> {
            StoredSession s;
            try (PreparedStatement p = c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM session WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    s = session(r);
                }
            }
            List<LevelFigures> levels = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT level, reps, holds, hold_s, compensations FROM session_level "
                    + "WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        levels.add(new LevelFigures(Level.parse(r.getString(1)), r.getInt(2), r.getInt(3), r.getDouble(4),
                                r.getInt(5)));
                    }
                }
            }
            levels.sort((a, b) -> a.level().compareTo(b.level()));
            return Optional.of(new StoredSession(s.sessionId(), s.personId(), s.deviceId(), s.startedAt(), s.startKnown(),
                    s.durationS(), s.reps(), s.holds(), s.holdS(), s.compensations(), s.shifts(), s.neckS(), s.lumbarS(),
                    s.recovered(), levels, s.summaryJson(), null));
        });
    }

    private static StoredSession session(ResultSet r) throws SQLException {
        return new StoredSession(r.getString(1), r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)),
                r.getInt(5) != 0, r.getDouble(6), r.getInt(7), r.getInt(8), r.getDouble(9), r.getInt(10),
                r.getInt(11), r.getDouble(12), r.getDouble(13), r.getInt(14) != 0, List.of(), r.getString(15), null);
    }

    @Override
    public Optional<Trace> trace(String sessionId) {
        return run("read the trace of session " + sessionId, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT rate_hz, bands_json, points FROM session_trace WHERE session_id = ?")) {
                p.setString(1, sessionId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(TraceCodec.decode(r.getDouble(1), r.getString(2), r.getBytes(3)));
                }
            }
        });
    }

    @Override
    public long sessionCount() {
        return run("count sessions", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM session"); ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Override
    public void addPerson(Person person) {
        run("add person " + person.personId(), c -> {
            if (people.exists(c, person.personId())) {
                throw new StoreException("person '" + person.personId() + "' already exists in " + name);
            }
            people.insert(c, person);
            return null;
        });
    }

    @Override
    public Person ensurePerson(Person person) {
        return run("add person " + person.personId(), c -> {
            Optional<Person> there = people.find(c, person.personId());
            if (there.isPresent()) {
                return there.get();
            }
            people.insert(c, person);
            return person;
        });
    }

    @Override
    public void updatePerson(Person person) {
        run("update person " + person.personId(), c -> {
            if (!people.update(c, person)) {
                throw new StoreException("no person '" + person.personId() + "' in " + name);
            }
            return null;
        });
    }

    @Override
    public Optional<Person> person(String personId) {
        return run("look up person " + personId, c -> people.find(c, personId));
    }

    @Override
    public List<Person> people() {
        return run("list people", people::all);
    }

    @Override
    public void setPlan(String personId, Plan plan) {
        run("set the plan of " + personId, c -> {
            if (!people.exists(c, personId)) {
                throw new StoreException("no person '" + personId + "' in " + name);
            }
            people.putPlan(c, personId, plan);
            return null;
        });
    }

    @Override
    public List<Plan> plans(String personId) {
        return run("read the plans of " + personId, c -> people.plans(c, personId));
    }

    @Override
    public void selectPerson(String deviceId, String personId) {
        run("choose " + personId + " on " + deviceId, c -> {
            if (!people.exists(c, personId)) {
                throw new StoreException("no person '" + personId + "' in " + name);
            }
            people.select(c, deviceId, personId);
            return null;
        });
    }

    @Override
    public Optional<String> selectedPerson(String deviceId) {
        return run("look up who rolls on " + deviceId, c -> people.selected(c, deviceId));
    }

    /** Who held which roller when: the clinic's loans of rollers to patients. */
    public RollerAssignments assignments() {
        return new RollerAssignments(connections, name);
    }

    /** The last status each roller's hub published (the clinic's "hub offline" flag). */
    public HubStatuses hubStatuses() {
        return new HubStatuses(connections, name);
    }

    /** Files received summaries in batches, attributing each (a clinic server's ingest). */
    public SessionIntake intake() {
        return new SessionIntake(connections, name);
    }

    @Override
    public void close() {
        connections.close();
    }

    /**
     * Runs {@code work} in one transaction on this store's connections: committed if it returns,
     * rolled back if it throws. For companions with tables of their own in the same database
     * ({@code org.rollerhub.store.clinic}).
     *
     * @param what what the work does, for the message of a failure ("cannot " + what)
     * @throws StoreException naming the database, if the work fails
     */
    public <T> T transaction(String what, SqlWork<T> work) {
        return run(what, work::run);
    }

    private <T> T run(String what, Connections.Work<T> work) {
        try {
            return connections.inTransaction(work);
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
        return p;
    }
}
