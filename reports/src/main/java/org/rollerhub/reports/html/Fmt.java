package org.rollerhub.reports.html;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Plan;

/** How the report templates write numbers, times and dates (English, dot decimals, SI units). */
public final class Fmt {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Fmt() {
    }

    /** {@code 12.3} with one decimal. */
    public static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A share 0..1 as a whole percentage, {@code 12 %}. */
    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    /** A percentage 0..100, or a dash for null. */
    public static String pct(Double percent) {
        return percent == null ? "\u2013" : String.format(Locale.ROOT, "%.0f %%", percent);
    }

    /** A length of time, s: {@code 3 min 07 s}, or {@code 42.0 s} under a minute. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return one(seconds) + " s";
        }
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** Session time, s from the start: {@code 1:05.2}. */
    public static String clock(double seconds) {
        int m = (int) (seconds / 60);
        return String.format(Locale.ROOT, "%d:%04.1f", m, seconds - m * 60);
    }

    /** {@code Mon 2 Mar 2026}. */
    public static String day(ZonedDateTime t) {
        return DAY.format(t);
    }

    /** {@code 2 Mar 2026}. */
    public static String day(LocalDate d) {
        return SHORT_DAY.format(d);
    }

    /** {@code 07:30}. */
    public static String time(ZonedDateTime t) {
        return TIME.format(t);
    }

    /** The zone's offset at {@code t}: {@code UTC+01:00}. */
    public static String offset(ZonedDateTime t) {
        return "UTC" + t.getOffset().getId().replace("Z", "+00:00");
    }

    /** {@code T4, T5, T8}, or a dash when none. */
    public static String levels(Collection<Level> levels) {
        return levels.isEmpty() ? "none" : levels.stream().sorted().map(Level::name).collect(Collectors.joining(", "));
    }

    /** {@code yes} or {@code no}. */
    public static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    /** A plan in words. */
    public static String plan(Plan p) {
        return "from " + day(p.effectiveFrom()) + ": " + p.daysPerWeek() + " days a week, at least "
                + duration(p.minSecondsPerDay()) + " a day with " + p.heldRepsPerSession() + " held reps in a session, "
                + "levels " + p.levelFrom() + " to " + p.levelTo();
    }
}
