package org.rollerhub.store.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;
import org.rollerhub.store.Plan;
import org.rollerhub.store.StoredSession;

/**
 * Reads {@link PatientFacts} for every patient an account sees in five queries whatever their
 * number (people, newest session, recent sessions, plans, rollers with their hubs' status), each
 * narrowed by the account's {@code account_patient} rows, through the (person, time) index.
 */
final class PatientListSql {
    /** How far back the recent sessions go, days: the two 7-day compensation windows and the last full local week. */
    static final int RECENT_DAYS = 16;

    private PatientListSql() {
    }

    /**
     * @param username the physio whose patients, or null for everyone
     * @return by person id, in display-name order
     */
    static Map<String, PatientFacts> read(Connection c, String username, Instant now) throws SQLException {
        String mine = username == null ? "" : " JOIN account_patient ap ON ap.person_id = x.person_id AND ap.username = ?";
        Map<String, Person> people = new LinkedHashMap<>();
        try (PreparedStatement p = bind(c.prepareStatement("SELECT x.person_id, x.display_name, x.stature_cm, "
                + "x.start_level, x.zone_id, x.created_at_ms FROM person x" + mine + " ORDER BY x.display_name, x.person_id"),
                username); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                double stature = r.getDouble(3);
                Double statureCm = r.wasNull() ? null : stature;
                String level = r.getString(4);
                people.put(r.getString(1), new Person(r.getString(1), r.getString(2), statureCm,
                        level == null ? null : Level.parse(level), ZoneId.of(r.getString(5)), Instant.ofEpochMilli(r.getLong(6))));
            }
        }
        Map<String, Instant> last = new HashMap<>();
        try (PreparedStatement p = bind(c.prepareStatement("SELECT x.person_id, MAX(x.started_at_ms) FROM session x" + mine
                + " GROUP BY x.person_id"), username); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                last.put(r.getString(1), Instant.ofEpochMilli(r.getLong(2)));
            }
        }
        Map<String, List<StoredSession>> recent = new HashMap<>();
        try (PreparedStatement p = bind(c.prepareStatement("SELECT x.session_id, x.person_id, x.device_id, x.started_at_ms, "
                + "x.duration_s, x.reps, x.holds, x.compensations FROM session x" + mine + " WHERE x.started_at_ms >= ?"),
                username, now.minus(Duration.ofDays(RECENT_DAYS)).toEpochMilli()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                recent.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(new StoredSession(r.getString(1),
                        r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)), true, r.getDouble(5),
                        r.getInt(6), r.getInt(7), 0, r.getInt(8), 0, 0, 0, false, List.of(), "", null));
            }
        }
        Map<String, List<Plan>> plans = new HashMap<>();
        try (PreparedStatement p = bind(c.prepareStatement("SELECT x.person_id, x.effective_from, x.days_per_week, "
                + "x.min_seconds_per_day, x.level_from, x.level_to, x.held_reps_per_session FROM plan x" + mine), username);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                plans.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Plan(LocalDate.parse(r.getString(2)),
                        r.getInt(3), r.getInt(4), Level.parse(r.getString(5)), Level.parse(r.getString(6)), r.getInt(7)));
            }
        }
        record Hub(long fromMs, String deviceId, String link, Instant seenAt) {
        }
        Map<String, Hub> hubs = new HashMap<>();
        long nowMs = now.toEpochMilli();
        try (PreparedStatement p = bind(c.prepareStatement("SELECT x.person_id, x.device_id, x.from_ms, h.link, h.seen_at_ms "
                + "FROM roller_assignment x LEFT JOIN hub_status h ON h.device_id = x.device_id" + mine
                + " WHERE x.from_ms <= ? AND (x.to_ms IS NULL OR x.to_ms > ?)"), username, nowMs, nowMs);
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long seen = r.getLong(5);
                Hub h = new Hub(r.getLong(3), r.getString(2), r.getString(4), r.wasNull() ? null : Instant.ofEpochMilli(seen));
                hubs.merge(r.getString(1), h, (a, b) -> a.fromMs() >= b.fromMs() ? a : b); // two lent: the newest counts
            }
        }
        Map<String, PatientFacts> out = new LinkedHashMap<>();
        for (Person person : people.values()) {
            String id = person.personId();
            Hub h = hubs.get(id);
            out.put(id, new PatientFacts(person, last.get(id), plans.getOrDefault(id, List.of()),
                    recent.getOrDefault(id, List.of()), h == null ? null : h.deviceId(), h == null ? null : h.link(),
                    h == null ? null : h.seenAt()));
        }
        return out;
    }

    /** Binds the username (when not null) first, then the rest. */
    private static PreparedStatement bind(PreparedStatement p, String username, Object... rest) throws SQLException {
        int i = 0;
        if (username != null) {
            p.setString(++i, username);
        }
        for (Object o : rest) {
            p.setObject(++i, o);
        }
        return p;
    }
}
