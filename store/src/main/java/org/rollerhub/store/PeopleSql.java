package org.rollerhub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollerhub.analytics.Level;

/** The SQL for people, plans and who rolls on which roller; every method runs inside the caller's transaction. */
final class PeopleSql {
    private static final String PERSON_COLUMNS = "person_id, display_name, stature_cm, start_level, zone_id, created_at_ms";

    boolean exists(Connection c, String personId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM person WHERE person_id = ?")) {
            p.setString(1, personId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    void insert(Connection c, Person person) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO person (" + PERSON_COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
            p.setString(1, person.personId());
            fill(p, 2, person);
            p.setLong(6, person.createdAt().toEpochMilli());
            p.executeUpdate();
        }
    }

    /** Adds the person unless the id is taken (two writers adding the same person at once do not fail). */
    void insertIfAbsent(Connection c, Person person) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO person (" + PERSON_COLUMNS
                + ") VALUES (?,?,?,?,?,?) ON CONFLICT (person_id) DO NOTHING")) {
            p.setString(1, person.personId());
            fill(p, 2, person);
            p.setLong(6, person.createdAt().toEpochMilli());
            p.executeUpdate();
        }
    }

    boolean update(Connection c, Person person) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE person SET display_name = ?, stature_cm = ?, "
                + "start_level = ?, zone_id = ? WHERE person_id = ?")) {
            fill(p, 1, person);
            p.setString(5, person.personId());
            return p.executeUpdate() == 1;
        }
    }

    /** Name, stature, start level and zone from parameter {@code at} on. */
    private static void fill(PreparedStatement p, int at, Person person) throws SQLException {
        p.setString(at, person.displayName());
        if (person.statureCm() == null) {
            p.setNull(at + 1, Types.DOUBLE);
        } else {
            p.setDouble(at + 1, person.statureCm());
        }
        p.setString(at + 2, person.startLevel() == null ? null : person.startLevel().name());
        p.setString(at + 3, person.zone().getId());
    }

    Optional<Person> find(Connection c, String personId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person WHERE person_id = ?")) {
            p.setString(1, personId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(person(r)) : Optional.empty();
            }
        }
    }

    List<Person> all(Connection c) throws SQLException {
        List<Person> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + PERSON_COLUMNS + " FROM person ORDER BY person_id");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(person(r));
            }
        }
        return out;
    }

    private static Person person(ResultSet r) throws SQLException {
        double stature = r.getDouble(3);
        Double statureCm = r.wasNull() ? null : stature;
        String level = r.getString(4);
        return new Person(r.getString(1), r.getString(2), statureCm, level == null ? null : Level.parse(level),
                ZoneId.of(r.getString(5)), Instant.ofEpochMilli(r.getLong(6)));
    }

    void putPlan(Connection c, String personId, Plan plan) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan (person_id, effective_from, days_per_week, "
                + "min_seconds_per_day, level_from, level_to, held_reps_per_session) VALUES (?,?,?,?,?,?,?) "
                + "ON CONFLICT (person_id, effective_from) DO UPDATE SET days_per_week = excluded.days_per_week, "
                + "min_seconds_per_day = excluded.min_seconds_per_day, level_from = excluded.level_from, "
                + "level_to = excluded.level_to, held_reps_per_session = excluded.held_reps_per_session")) {
            p.setString(1, personId);
            p.setString(2, plan.effectiveFrom().toString());
            p.setInt(3, plan.daysPerWeek());
            p.setInt(4, plan.minSecondsPerDay());
            p.setString(5, plan.levelFrom().name());
            p.setString(6, plan.levelTo().name());
            p.setInt(7, plan.heldRepsPerSession());
            p.executeUpdate();
        }
    }

    List<Plan> plans(Connection c, String personId) throws SQLException {
        List<Plan> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT effective_from, days_per_week, min_seconds_per_day, "
                + "level_from, level_to, held_reps_per_session FROM plan WHERE person_id = ? ORDER BY effective_from")) {
            p.setString(1, personId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Plan(LocalDate.parse(r.getString(1)), r.getInt(2), r.getInt(3),
                            Level.parse(r.getString(4)), Level.parse(r.getString(5)), r.getInt(6)));
                }
            }
        }
        return out;
    }

    void select(Connection c, String deviceId, String personId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO roller_person (device_id, person_id, since_ms) "
                + "VALUES (?,?,?) ON CONFLICT (device_id) DO UPDATE SET person_id = excluded.person_id, "
                + "since_ms = excluded.since_ms")) {
            p.setString(1, deviceId);
            p.setString(2, personId);
            p.setLong(3, System.currentTimeMillis());
            p.executeUpdate();
        }
    }

    Optional<String> selected(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT person_id FROM roller_person WHERE device_id IN (?, '*') "
                + "ORDER BY CASE WHEN device_id = '*' THEN 1 ELSE 0 END")) {
            p.setString(1, deviceId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }
}
