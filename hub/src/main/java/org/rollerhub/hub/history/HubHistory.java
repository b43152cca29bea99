package org.rollerhub.hub.history;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.delivery.CrashPoint;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.StoreException;
import org.rollerhub.store.SummaryReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's session history: the store in {@code <dataDir>/history.db}, and who rolls on each
 * roller. On the session-end path the store write comes right after the outbox has the summary
 * ({@link #record}); because a crash can fall between the two, {@link #catchUp} inserts at
 * start-up every outbox entry the store lacks (see docs/delivery.md). Thread-safe.
 */
public final class HubHistory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubHistory.class);
    /** The store's file in the data folder. */
    public static final String FILE = "history.db";

    private final SessionStore store;
    private final PeopleSettings people;
    private final AnalyticsSettings hubWide;
    private final Clock clock;
    private volatile ProgressPublisher progress; // null: no progress published

    /**
     * @param store the store (the caller's to have opened; closed by {@link #close})
     * @param people who rolls, as configured
     * @param hubWide the hub-wide stature and start level, for people without their own
     */
    public HubHistory(SessionStore store, PeopleSettings people, AnalyticsSettings hubWide, Clock clock) {
        this.store = store;
        this.people = people;
        this.hubWide = hubWide;
        this.clock = clock;
        store.ensurePerson(new Person(configuredId(), null, null, null, people.zone(), clock.instant()));
        for (String id : people.personByRoller().values()) {
            store.ensurePerson(new Person(id, null, null, null, people.zone(), clock.instant()));
        }
    }

    /**
     * Opens {@code <dataDir>/history.db}.
     *
     * @throws StoreException naming the file if it is corrupt, foreign or newer, or cannot be opened
     */
    public static HubHistory open(Path dataDir, PeopleSettings people, AnalyticsSettings hubWide) {
        return new HubHistory(SqliteStore.open(dataDir.resolve(FILE)), people, hubWide, Clock.systemUTC());
    }

    public SessionStore store() {
        return store;
    }

    private String configuredId() {
        return people.personId() != null ? people.personId() : Person.DEFAULT_ID;
    }

    /**
     * Who rolls on {@code deviceId}: the choice made at run time (command, button), else the
     * configured person for this roller, else the configured user, else the default person.
     * Never throws: the configuration decides if the store cannot answer.
     */
    public String personFor(String deviceId) {
        try {
            Optional<String> chosen = store.selectedPerson(deviceId);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        } catch (StoreException e) { // the session-end path must not wait on the history: the configuration decides
            LOG.warn("History: cannot read who rolls on {}: {}", deviceId, e.getMessage());
        }
        return people.personByRoller().getOrDefault(deviceId, configuredId());
    }

    /**
     * The analytics settings of whoever rolls on {@code deviceId}: their stature and start level
     * where they have their own. Never throws: the hub-wide settings if the store cannot answer.
     */
    public AnalyticsSettings settingsFor(String deviceId) {
        Person p;
        try {
            p = store.person(personFor(deviceId)).orElse(null);
        } catch (StoreException e) {
            LOG.warn("History: cannot read the person rolling on {}: {}", deviceId, e.getMessage());
            return hubWide;
        }
        if (p == null || (p.statureCm() == null && p.startLevel() == null)) {
            return hubWide;
        }
        return new AnalyticsSettings(p.statureCm() != null ? p.statureCm() : hubWide.statureCm(),
                p.startLevel() != null ? p.startLevel() : hubWide.startLevel());
    }

    /** The report with {@code personId} in {@code user.personId}, unless that is the implicit default person. */
    public SessionReport attribute(SessionReport report, String personId) {
        return Person.DEFAULT_ID.equals(personId) ? report : report.withJson(SummaryPerson.with(report.json(), personId));
    }

    /**
     * Keeps the session, idempotently, under the person its summary names or else whoever rolls
     * on its roller. Failures are logged, never thrown: the outbox owns the summary already, and
     * the next start catches up.
     */
    public void record(SessionReport report) {
        record(report, null);
    }

    /**
     * As {@link #record(SessionReport)}, under {@code personId} (who rolled when the session
     * started); null: the person the summary names, else whoever rolls on its roller now.
     */
    public void record(SessionReport report, String personId) {
        try {
            String owner = personId != null ? personId : ownerOf(report.json(), report.deviceId());
            store.add(SummaryReader.read(report.json(), owner, clock.instant(), TraceConversion.toStore(report.trace())));
            CrashPoint.reached(CrashPoint.STORE_COMMITTED);
            ProgressPublisher p = progress;
            if (p != null) {
                p.publish(store, owner);
            }
        } catch (RuntimeException e) {
            LOG.error("Session {} not kept in the history (the next start adds it from the outbox): {}",
                    report.sessionId(), e.getMessage());
        }
    }

    /**
     * Keeps the session, idempotently, under the person its summary names or else whoever rolls
     * on its roller.
     *
     * @param whenUndated when to file it if its summary has no {@code startedAt} (a recording)
     * @return true if added, false if the store had it already
     * @throws StoreException if the store fails
     */
    public boolean keep(SessionReport report, java.time.Instant whenUndated) {
        return store.add(SummaryReader.read(report.json(), ownerOf(report.json(), report.deviceId()), whenUndated,
                TraceConversion.toStore(report.trace())));
    }

    /** Publishes each person's progress now and after every session kept from now on. */
    public void publishProgressTo(ProgressPublisher publisher) {
        this.progress = publisher;
        publisher.publishAll(store);
    }

    /**
     * Adds every outbox entry the store lacks (a crash between the outbox write and the store's
     * commit, or a hub that ran before the store existed). Idempotent.
     *
     * @return how many were added
     */
    public int catchUp(List<Outbox.Entry> entries) {
        int added = 0;
        for (Outbox.Entry e : entries) {
            try {
                if (store.contains(e.sessionId())) {
                    continue;
                }
                added += store.add(SummaryReader.read(e.summaryJson(), ownerOf(e.summaryJson(), e.deviceId()),
                        clock.instant(), null)) ? 1 : 0;
            } catch (RuntimeException ex) {
                LOG.error("Session {} from the outbox not kept in the history: {}", e.sessionId(), ex.getMessage());
            }
        }
        if (added > 0) {
            LOG.info("History: {} session(s) from the outbox added to {}", added, FILE);
        }
        return added;
    }

    /** The summary's own person if the store knows them, else whoever rolls on the roller. */
    private String ownerOf(String json, String deviceId) {
        String named = SummaryReader.personIdOf(json);
        if (named != null && store.person(named).isPresent()) {
            return named;
        }
        return personFor(deviceId);
    }

    /**
     * Moves {@code deviceId} to the next person, by id, after the one rolling now (the default
     * person is skipped once there are others), and keeps the choice.
     *
     * @return the person now rolling
     */
    public Person nextPerson(String deviceId) {
        List<Person> all = store.people().stream().filter(p -> !p.isDefault()).toList();
        if (all.isEmpty()) {
            return store.person(personFor(deviceId)).orElseThrow();
        }
        String now = personFor(deviceId);
        Person next = all.get(0);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).personId().equals(now)) {
                next = all.get((i + 1) % all.size());
            }
        }
        store.selectPerson(deviceId, next.personId());
        return next;
    }

    @Override
    public void close() {
        store.close();
    }
}
