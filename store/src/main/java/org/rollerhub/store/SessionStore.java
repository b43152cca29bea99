package org.rollerhub.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where every session summary is kept, with its person, their plans and the roller each person
 * rolls on. One implementation ({@link JdbcSessionStore}) serves the hub's SQLite file and a
 * clinic's PostgreSQL. Every method is thread-safe and, once it returns, durable (committed).
 * Failures are {@link StoreException}s whose message names the database.
 */
public interface SessionStore extends AutoCloseable {

    /** The database as messages name it: its file, or its address. */
    String name();

    /**
     * Keeps a session, its per-level figures and its trace in one transaction. Idempotent by
     * {@code sessionId}: a session already kept is left as it is (the first summary wins, as in
     * the outbox).
     *
     * @return true if it was added, false if the id was already there
     * @throws StoreException if its person does not exist, or the database fails
     */
    boolean add(StoredSession session);

    /** Whether a session with this id is kept. */
    boolean contains(String sessionId);

    /**
     * Sessions, newest first, with their per-level figures (no traces).
     *
     * @param personId only this person's; null for everyone's
     * @param from only those started at or after this instant; null for no bound
     * @param to only those started before this instant; null for no bound
     * @param limit at most this many (0: no limit)
     */
    default List<StoredSession> sessions(String personId, Instant from, Instant to, int limit) {
        return sessions(personId, from, to, limit, true);
    }

    /**
     * As {@link #sessions(String, Instant, Instant, int)}; without {@code withSummary} the sessions'
     * {@code summaryJson} is empty (figures only: less to read for progress).
     */
    List<StoredSession> sessions(String personId, Instant from, Instant to, int limit, boolean withSummary);

    /**
     * The session with this id, with its per-level figures and summary (no trace), if kept. One
     * lookup by key: the session page of a server with many sessions must not walk them all.
     */
    Optional<StoredSession> session(String sessionId);

    /** A session's trace, if it has one. */
    Optional<Trace> trace(String sessionId);

    /** Number of sessions kept. */
    long sessionCount();

    /** Adds a person; throws a StoreException if the id is taken. */
    void addPerson(Person person);

    /** Adds the person unless one with the same id exists; returns the one kept. */
    Person ensurePerson(Person person);

    /** Replaces a person's name, stature, start level and zone; throws a StoreException if unknown. */
    void updatePerson(Person person);

    Optional<Person> person(String personId);

    /** Everyone, by id. */
    List<Person> people();

    /** Sets a plan from its date on (replacing one with the same date); throws if the person is unknown. */
    void setPlan(String personId, Plan plan);

    /** A person's plans, oldest first. */
    List<Plan> plans(String personId);

    /**
     * Makes {@code personId} the one rolling on {@code deviceId} from now on ({@code "*"}: on every
     * roller without a person of its own).
     */
    void selectPerson(String deviceId, String personId);

    /** Who rolls on {@code deviceId}: its own choice, else the {@code "*"} choice, else empty. */
    Optional<String> selectedPerson(String deviceId);

    @Override
    void close();
}
