package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rollers lent to patients over spans of time ({@code roller_assignment}): a roller goes to one
 * patient, comes back, goes to the next. A roller is held by at most one patient at any instant.
 * Get one from {@link JdbcSessionStore#assignments()}; every method is one transaction.
 */
public final class RollerAssignments {
    private final Connections connections;
    private final String name;

    RollerAssignments(Connections connections, String name) {
        this.connections = connections;
        this.name = name;
    }

    /**
     * Lends the roller to the patient over the assignment's span.
     *
     * @throws StoreException if the patient is unknown, or the span overlaps another loan of the roller
     */
    public void assign(Assignment a) {
        connections.run(name, "assign " + a.deviceId() + " to " + a.personId(), c -> {
            if (!new PeopleSql().exists(c, a.personId())) {
                throw new StoreException("no person '" + a.personId() + "' in " + name);
            }
            for (Assignment other : of(c, a.deviceId())) {
                boolean overlaps = (a.to() == null || other.from().isBefore(a.to()))
                        && (other.to() == null || other.to().isAfter(a.from()));
                if (overlaps) {
                    throw new StoreException("roller " + a.deviceId() + " is lent to " + other.personId() + " from "
                            + other.from() + (other.to() == null ? " on" : " to " + other.to())
                            + ": return it first (or choose dates outside that loan)");
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO roller_assignment (device_id, person_id, from_ms, to_ms) VALUES (?,?,?,?)")) {
                p.setString(1, a.deviceId());
                p.setString(2, a.personId());
                p.setLong(3, a.from().toEpochMilli());
                if (a.to() == null) {
                    p.setNull(4, Types.BIGINT);
                } else {
                    p.setLong(4, a.to().toEpochMilli());
                }
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Ends the roller's open loan at {@code at}.
     *
     * @return the loan as it now stands
     * @throws StoreException if the roller has no open loan that began before {@code at}
     */
    public Assignment giveBack(String deviceId, Instant at) {
        return connections.run(name, "return " + deviceId, c -> {
            Assignment open = of(c, deviceId).stream().filter(x -> x.to() == null).findFirst()
                    .orElseThrow(() -> new StoreException("roller " + deviceId + " is not lent to anyone in " + name));
            if (!at.isAfter(open.from())) {
                throw new StoreException("roller " + deviceId + " was lent to " + open.personId() + " from "
                        + open.from() + ": it cannot come back at " + at);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE roller_assignment SET to_ms = ? WHERE device_id = ? AND from_ms = ?")) {
                p.setLong(1, at.toEpochMilli());
                p.setString(2, deviceId);
                p.setLong(3, open.from().toEpochMilli());
                p.executeUpdate();
            }
            return new Assignment(deviceId, open.personId(), open.from(), at);
        });
    }

    /** Who held the roller at instant {@code t}, if anyone. */
    public Optional<String> holder(String deviceId, Instant t) {
        return connections.run(name, "look up who held " + deviceId, c -> holder(c, deviceId, t));
    }

    /** The roller's loans, oldest first. */
    public List<Assignment> of(String deviceId) {
        return connections.run(name, "list the loans of " + deviceId, c -> of(c, deviceId));
    }

    /** Who held the roller at {@code t}, inside the caller's transaction. */
    static Optional<String> holder(Connection c, String deviceId, Instant t) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT person_id FROM roller_assignment WHERE device_id = ? "
                + "AND from_ms <= ? AND (to_ms IS NULL OR to_ms > ?) ORDER BY from_ms DESC")) {
            p.setString(1, deviceId);
            p.setLong(2, t.toEpochMilli());
            p.setLong(3, t.toEpochMilli());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static List<Assignment> of(Connection c, String deviceId) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT person_id, from_ms, to_ms FROM roller_assignment "
                + "WHERE device_id = ? ORDER BY from_ms")) {
            p.setString(1, deviceId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String person = r.getString(1);
                    Instant from = Instant.ofEpochMilli(r.getLong(2));
                    long to = r.getLong(3);
                    out.add(new Assignment(deviceId, person, from, r.wasNull() ? null : Instant.ofEpochMilli(to)));
                }
            }
        }
        return out;
    }
}
