package org.rollerhub.web.history;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Plan;

/** A plan as typed into the form, with a message per wrong field. */
public record PlanForm(String effectiveFrom, String daysPerWeek, String minSecondsPerDay, String levelFrom,
        String levelTo, String heldRepsPerSession, Map<String, String> errors) {

    public static PlanForm of(Plan p) {
        return new PlanForm(p.effectiveFrom().toString(), Integer.toString(p.daysPerWeek()),
                Integer.toString(p.minSecondsPerDay()), p.levelFrom().name(), p.levelTo().name(),
                Integer.toString(p.heldRepsPerSession()), Map.of());
    }

    public static PlanForm checked(String effectiveFrom, String daysPerWeek, String minSecondsPerDay, String levelFrom,
            String levelTo, String heldRepsPerSession) {
        Map<String, String> e = new LinkedHashMap<>();
        String[] v = {t(effectiveFrom), t(daysPerWeek), t(minSecondsPerDay), t(levelFrom), t(levelTo), t(heldRepsPerSession)};
        try {
            LocalDate.parse(v[0]);
        } catch (DateTimeException x) {
            e.put("effectiveFrom", "'" + v[0] + "' is not a date (YYYY-MM-DD).");
        }
        whole(e, "daysPerWeek", v[1], 1, 7, "days a week");
        whole(e, "minSecondsPerDay", v[2], 1, 86_400, "seconds a day");
        Level from = level(e, "levelFrom", v[3]);
        Level to = level(e, "levelTo", v[4]);
        if (from != null && to != null && from.ordinal() > to.ordinal()) {
            e.put("levelTo", "Give the head end first: " + to + " is above " + from + ".");
        }
        whole(e, "heldRepsPerSession", v[5], 0, 1000, "held reps a session");
        return new PlanForm(v[0], v[1], v[2], v[3], v[4], v[5], Map.copyOf(e));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The plan (only when {@link #ok}). */
    public Plan plan() {
        return new Plan(LocalDate.parse(effectiveFrom), Integer.parseInt(daysPerWeek), Integer.parseInt(minSecondsPerDay),
                Level.parse(levelFrom), Level.parse(levelTo), Integer.parseInt(heldRepsPerSession));
    }

    private static void whole(Map<String, String> e, String field, String text, int min, int max, String what) {
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                e.put(field, "Must be " + min + " to " + max + " " + what + ".");
            }
        } catch (NumberFormatException x) {
            e.put(field, "'" + text + "' is not a whole number of " + what + ".");
        }
    }

    private static Level level(Map<String, String> e, String field, String text) {
        try {
            Level l = Level.parse(text);
            if (l.thoracic()) {
                return l;
            }
        } catch (IllegalArgumentException x) {
            // reported below
        }
        e.put(field, "'" + text + "' is not one of T1 to T12.");
        return null;
    }

    private static String t(String s) {
        return s == null ? "" : s.strip();
    }
}
