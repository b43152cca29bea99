package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL that writes one session with its levels and trace; runs inside the caller's transaction. */
final class SessionSql {
    static final String COLUMNS = "session_id, person_id, device_id, started_at_ms, start_known, "
            + "duration_s, reps, holds, hold_s, compensations, shifts, neck_s, lumbar_s, recovered, summary_json";

    private SessionSql() {
    }

    /**
     * Writes the session unless its id is kept already ({@code ON CONFLICT DO NOTHING}: two
     * writers adding the same id at once do not fail; the second waits for the first and adds
     * nothing). The person must exist.
     *
     * @param storedAtMs when it is stored, epoch ms ({@code stored_at_ms})
     * @return true if added, false if the id was there
     */
    static boolean insert(Connection c, StoredSession s, long storedAtMs) throws SQLException {
        return !insertAll(c, List.of(s), storedAtMs).isEmpty();
    }

    /**
     * Writes many sessions in three statements' worth of round trips (JDBC batches): the
     * sessions ({@code ON CONFLICT DO NOTHING}), then the levels and traces of those that were new.
     * Their people must exist.
     *
     * @return the sessions that were new
     */
    static List<StoredSession> insertAll(Connection c, List<StoredSession> sessions, long storedAtMs) throws SQLException {
        if (sessions.isEmpty()) {
            return List.of();
        }
        int[] counts;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO session (" + COLUMNS
                + ", stored_at_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (session_id) DO NOTHING")) {
            for (StoredSession s : sessions) {
                int i = 0;
                p.setString(++i, s.sessionId());
                p.setString(++i, s.personId());
                p.setString(++i, s.deviceId());
                p.setLong(++i, s.startedAt().toEpochMilli());
                p.setInt(++i, s.startKnown() ? 1 : 0);
                p.setDouble(++i, s.durationS());
                p.setInt(++i, s.reps());
                p.setInt(++i, s.holds());
                p.setDouble(++i, s.holdS());
                p.setInt(++i, s.compensations());
                p.setInt(++i, s.shifts());
                p.setDouble(++i, s.neckS());
                p.setDouble(++i, s.lumbarS());
                p.setInt(++i, s.recovered() ? 1 : 0);
                p.setString(++i, s.summaryJson());
                p.setLong(++i, storedAtMs);
                p.addBatch();
            }
            counts = p.executeBatch();
        }
        List<StoredSession> added = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) { // 0: kept already; the drivers used here report real counts for batches
                added.add(sessions.get(i));
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO session_level (session_id, level, reps, holds, "
                + "hold_s, compensations) VALUES (?,?,?,?,?,?)")) {
            int rows = 0;
            for (StoredSession s : added) {
                for (LevelFigures l : s.levels()) {
                    p.setString(1, s.sessionId());
                    p.setString(2, l.level().name());
                    p.setInt(3, l.reps());
                    p.setInt(4, l.holds());
                    p.setDouble(5, l.holdS());
                    p.setInt(6, l.compensations());
                    p.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                p.executeBatch();
            }
        }
        for (StoredSession s : added) {
            if (s.trace() != null) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO session_trace (session_id, rate_hz, bands_json, points) VALUES (?,?,?,?)")) {
                    p.setString(1, s.sessionId());
                    p.setDouble(2, s.trace().rateHz());
                    p.setString(3, TraceCodec.bands(s.trace()));
                    p.setBytes(4, TraceCodec.points(s.trace()));
                    p.executeUpdate();
                }
            }
        }
        return added;
    }
}
