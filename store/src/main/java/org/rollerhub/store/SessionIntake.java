package org.rollerhub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A clinic server's way in: files a batch of received summaries and hub statuses in one
 * transaction, idempotently by {@code sessionId}. Get one from {@link JdbcSessionStore#intake()}.
 *
 * <p>Attribution, in this order: the person the summary names ({@code user.personId}: the hub's
 * own choice wins; added if the store does not know them); else the patient who held the roller
 * when the session started ({@link RollerAssignments}); else {@code unassigned-<deviceId>}, a
 * person made per roller so that no session is lost or refused.
 *
 * <p>Several server instances may file the same ids at the same moment: every insert is
 * {@code ON CONFLICT DO NOTHING}, and rows are written in one order (people by id, then sessions
 * by id, then statuses by device) so that two batches wait for each other instead of deadlocking.
 */
public final class SessionIntake {
    /** The prefix of the person a roller's unattributed sessions go to. */
    public static final String UNASSIGNED_PREFIX = "unassigned-";

    private final Connections connections;
    private final String name;

    SessionIntake(Connections connections, String name) {
        this.connections = connections;
        this.name = name;
    }

    /**
     * One received summary.
     *
     * @param session as {@link SummaryReader#read} made it; its {@code personId} is ignored
     * @param claimedPersonId the summary's {@code user.personId}, or null
     */
    public record Received(StoredSession session, String claimedPersonId) {
    }

    /** The person a roller's sessions go to when nobody claims them. */
    public static String unassigned(String deviceId) {
        return UNASSIGNED_PREFIX + deviceId;
    }

    /**
     * Files the batch in one transaction: committed whole when this returns, nothing written when it throws.
     *
     * @param now when it is stored ({@code stored_at_ms}, and the creation time of people it adds)
     * @return how many sessions were new (the others were kept already)
     * @throws StoreException if the database fails
     */
    public int file(List<Received> sessions, List<HubStatus> statuses, Instant now) {
        return connections.run(name, "file " + sessions.size() + " session(s)", c -> {
            PeopleSql people = new PeopleSql();
            Map<String, StoredSession> byId = new TreeMap<>();
            Map<String, Person> owners = new TreeMap<>();
            for (Received r : sessions) {
                String owner = owner(c, r);
                owners.putIfAbsent(owner, new Person(owner, displayName(owner), null, null, ZoneOffset.UTC, now));
                byId.putIfAbsent(r.session().sessionId(), r.session().withPerson(owner));
            }
            for (Person p : owners.values()) { // kept people are left as they are
                people.insertIfAbsent(c, p);
            }
            int added = 0;
            for (StoredSession s : byId.values()) {
                added += SessionSql.insert(c, s, now.toEpochMilli()) ? 1 : 0;
            }
            List<HubStatus> sorted = new ArrayList<>(statuses);
            sorted.sort(Comparator.comparing(HubStatus::deviceId));
            for (HubStatus s : sorted) {
                HubStatuses.record(c, s);
            }
            return added;
        });
    }

    private static String owner(Connection c, Received r) throws SQLException {
        String claimed = r.claimedPersonId();
        if (claimed != null && Person.ID.matcher(claimed).matches()) {
            return claimed;
        }
        Optional<String> holder = RollerAssignments.holder(c, r.session().deviceId(), r.session().startedAt());
        return holder.orElse(unassigned(r.session().deviceId()));
    }

    private static String displayName(String personId) {
        return personId.startsWith(UNASSIGNED_PREFIX)
                ? "Unassigned roller " + personId.substring(UNASSIGNED_PREFIX.length()) : personId;
    }
}
