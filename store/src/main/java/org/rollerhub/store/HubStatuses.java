package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last status each roller's hub published ({@code hub_status}). Get one from
 * {@link JdbcSessionStore#hubStatuses()}; every method is one transaction.
 */
public final class HubStatuses {
    private final Connections connections;
    private final String name;

    HubStatuses(Connections connections, String name) {
        this.connections = connections;
        this.name = name;
    }

    /** Keeps the status unless one seen later is kept already (server instances may race). */
    public void record(HubStatus s) {
        connections.run(name, "record the status of " + s.deviceId(), c -> {
            record(c, s);
            return null;
        });
    }

    /** The roller's last status, if any was seen. */
    public Optional<HubStatus> of(String deviceId) {
        return all(deviceId).stream().findFirst();
    }

    /** Every roller's last status, by device id. */
    public List<HubStatus> all() {
        return all(null);
    }

    private List<HubStatus> all(String deviceId) {
        return connections.run(name, "read hub statuses", c -> {
            List<HubStatus> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT device_id, link, seen_at_ms FROM hub_status"
                    + (deviceId == null ? "" : " WHERE device_id = ?") + " ORDER BY device_id")) {
                if (deviceId != null) {
                    p.setString(1, deviceId);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new HubStatus(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3))));
                    }
                }
            }
            return out;
        });
    }

    /** Upserts inside the caller's transaction; an older status than the kept one changes nothing. */
    static void record(Connection c, HubStatus s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO hub_status (device_id, link, seen_at_ms) "
                + "VALUES (?,?,?) ON CONFLICT (device_id) DO UPDATE SET link = excluded.link, "
                + "seen_at_ms = excluded.seen_at_ms WHERE excluded.seen_at_ms >= hub_status.seen_at_ms")) {
            p.setString(1, s.deviceId());
            p.setString(2, s.link());
            p.setLong(3, s.seenAt().toEpochMilli());
            p.executeUpdate();
        }
    }
}
