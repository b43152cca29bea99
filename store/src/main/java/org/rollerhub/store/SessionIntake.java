package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A clinic server's way in: files a batch of received summaries and hub statuses in one
 * transaction, idempotently by {@code sessionId}, in a handful of round trips whatever the
 * batch's size. Get one from {@link JdbcSessionStore#intake()}.
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
            Map<String, Received> byId = new TreeMap<>();
            for (Received r : sessions) {
                byId.putIfAbsent(r.session().sessionId(), r);
            }
            byId.keySet().removeAll(existing(c, "session", "session_id", byId.keySet()));
            Map<String, List<Assignment>> loans = loans(c, byId.values());
            List<StoredSession> toAdd = new ArrayList<>(byId.size());
            Set<String> owners = new TreeSet<>();
            for (Received r : byId.values()) {
                String owner = owner(r, loans);
                owners.add(owner);
                toAdd.add(r.session().withPerson(owner));
            }
            owners.removeAll(existing(c, "person", "person_id", owners));
            PeopleSql people = new PeopleSql();
            for (String owner : owners) { // kept people are left as they are
                people.insertIfAbsent(c, new Person(owner, displayName(owner), null, null, ZoneOffset.UTC, now));
            }
            int added = SessionSql.insertAll(c, toAdd, now.toEpochMilli()).size();
            List<HubStatus> sorted = new ArrayList<>(statuses);
            sorted.sort(Comparator.comparing(HubStatus::deviceId));
            for (HubStatus s : sorted) {
                HubStatuses.record(c, s);
            }
            return added;
        });
    }

    private static String owner(Received r, Map<String, List<Assignment>> loans) {
        String claimed = r.claimedPersonId();
        if (claimed != null && Person.ID.matcher(claimed).matches()) {
            return claimed;
        }
        for (Assignment a : loans.getOrDefault(r.session().deviceId(), List.of())) {
            if (a.covers(r.session().startedAt())) {
                return a.personId();
            }
        }
        return unassigned(r.session().deviceId());
    }

    /** The loans of the rollers of the sessions that claim no person, by roller. */
    private static Map<String, List<Assignment>> loans(Connection c, Collection<Received> sessions) throws SQLException {
        Set<String> devices = new HashSet<>();
        for (Received r : sessions) {
            if (r.claimedPersonId() == null) {
                devices.add(r.session().deviceId());
            }
        }
        Map<String, List<Assignment>> out = new HashMap<>();
        if (devices.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT device_id, person_id, from_ms, to_ms FROM roller_assignment "
                + "WHERE device_id IN (" + marks(devices.size()) + ")")) {
            bind(p, devices);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String device = r.getString(1);
                    String person = r.getString(2);
                    Instant from = Instant.ofEpochMilli(r.getLong(3));
                    long to = r.getLong(4);
                    out.computeIfAbsent(device, d -> new ArrayList<>())
                            .add(new Assignment(device, person, from, r.wasNull() ? null : Instant.ofEpochMilli(to)));
                }
            }
        }
        return out;
    }

    /** Which of {@code keys} are in {@code table.column} (one query). */
    private static Set<String> existing(Connection c, String table, String column, Set<String> keys) throws SQLException {
        Set<String> out = new HashSet<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT " + column + " FROM " + table + " WHERE " + column
                + " IN (" + marks(keys.size()) + ")")) {
            bind(p, keys);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement p, Collection<String> values) throws SQLException {
        int i = 0;
        for (String v : values) {
            p.setString(++i, v);
        }
    }

    private static String displayName(String personId) {
        return personId.startsWith(UNASSIGNED_PREFIX)
                ? "Unassigned roller " + personId.substring(UNASSIGNED_PREFIX.length()) : personId;
    }
}
