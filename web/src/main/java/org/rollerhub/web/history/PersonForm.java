package org.rollerhub.web.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;

/**
 * A person as typed into the form: the texts, and what is wrong with each field (field name →
 * message). {@link #person} is only for a form without errors.
 */
public record PersonForm(String id, String name, String statureCm, String startLevel, String zone,
        Map<String, String> errors) {

    public static final PersonForm EMPTY = new PersonForm("", "", "", "", "", Map.of());

    public static PersonForm of(Person p) {
        return new PersonForm(p.personId(), p.displayName(), p.statureCm() == null ? "" : fmt(p.statureCm()),
                p.startLevel() == null ? "" : p.startLevel().name(), p.zone().getId(), Map.of());
    }

    /** The form's texts, checked field by field. */
    public static PersonForm checked(String id, String name, String statureCm, String startLevel, String zone) {
        Map<String, String> errors = new LinkedHashMap<>();
        id = t(id);
        name = t(name);
        statureCm = t(statureCm);
        startLevel = t(startLevel);
        zone = t(zone);
        if (id.isEmpty()) {
            errors.put("id", "Give an id: 1-64 of A-Z a-z 0-9 _ -.");
        } else if (!Person.ID.matcher(id).matches()) {
            errors.put("id", "'" + id + "' is not an id: use 1-64 of A-Z a-z 0-9 _ - (no spaces).");
        }
        if (name.length() > 200) {
            errors.put("name", "At most 200 characters.");
        }
        if (!statureCm.isEmpty()) {
            try {
                double s = Double.parseDouble(statureCm);
                if (!(s >= 100 && s <= 250)) {
                    errors.put("statureCm", "Stature must be 100 to 250 cm.");
                }
            } catch (NumberFormatException e) {
                errors.put("statureCm", "'" + statureCm + "' is not a number of centimetres.");
            }
        }
        if (!startLevel.isEmpty()) {
            try {
                if (!Level.parse(startLevel).thoracic()) {
                    errors.put("startLevel", "Start level must be one of T1 to T12.");
                }
            } catch (IllegalArgumentException e) {
                errors.put("startLevel", "'" + startLevel + "' is not a level: one of T1 to T12.");
            }
        }
        if (!zone.isEmpty()) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                errors.put("zone", "'" + zone + "' is not a time zone (such as Europe/Berlin or UTC).");
            }
        }
        return new PersonForm(id, name, statureCm, startLevel, zone, Map.copyOf(errors));
    }

    public PersonForm withError(String field, String message) {
        Map<String, String> e = new LinkedHashMap<>(errors);
        e.put(field, message);
        return new PersonForm(id, name, statureCm, startLevel, zone, Map.copyOf(e));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The message for {@code field}, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** The person this form describes (only when {@link #ok}). */
    public Person person(Instant createdAt) {
        return new Person(id, name, statureCm.isEmpty() ? null : Double.parseDouble(statureCm),
                startLevel.isEmpty() ? null : Level.parse(startLevel), zone.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(zone),
                createdAt);
    }

    private static String t(String s) {
        return s == null ? "" : s.strip();
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
