package org.rollerhub.hub.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.rollerhub.analytics.Level;

/**
 * Reads the winning value of each key as the type it must have, checked: a value of the wrong
 * type or out of range is a {@link ConfigException} naming the key, the value and where it came
 * from. A key no source gives takes the default passed in.
 */
final class CheckedValues {
    private final Precedence values;

    CheckedValues(Precedence values) {
        this.values = values;
    }

    /** The winning value of {@code key}, or null. */
    SourcedValue value(String key) {
        return values.value(key);
    }

    /** "bad value for KEY (from SOURCE): 'TEXT' WHAT". */
    static ConfigException bad(String key, SourcedValue v, String what) {
        return new ConfigException("bad value for " + key + " (from " + v.source() + "): '" + v.text() + "' " + what);
    }

    /** The trimmed text, or {@code def} when unset or blank. */
    String string(String key, String def) {
        SourcedValue v = value(key);
        return v == null || v.text().isBlank() ? def : v.text().trim();
    }

    /** A whole number in {@code min..max}. */
    int integer(String key, int def, int min, int max) throws ConfigException {
        SourcedValue v = value(key);
        if (v == null) {
            return def;
        }
        try {
            long n = Long.parseLong(v.text().trim());
            if (n < min || n > max) {
                throw bad(key, v, "is out of range: must be " + min + ".." + max);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw bad(key, v, "is not a whole number (" + min + ".." + max + ")");
        }
    }

    /** A number in {@code min..max}, in {@code unit} (written {@code symbol} after a number). */
    double decimal(String key, double def, double min, double max, String unit, String symbol)
            throws ConfigException {
        SourcedValue v = value(key);
        if (v == null) {
            return def;
        }
        double x;
        try {
            x = Double.parseDouble(v.text().trim());
        } catch (NumberFormatException e) {
            throw bad(key, v, "is not a number of " + unit + " (" + fmt(min) + ".." + fmt(max) + ")");
        }
        if (!(x >= min && x <= max)) {
            throw bad(key, v, "is out of range: must be " + fmt(min) + ".." + fmt(max) + " " + symbol);
        }
        return x;
    }

    /** {@code true/yes/on/1} or {@code false/no/off/0}. */
    boolean bool(String key, boolean def) throws ConfigException {
        SourcedValue v = value(key);
        if (v == null) {
            return def;
        }
        return switch (v.text().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw bad(key, v, "is not true or false");
        };
    }

    /** A thoracic level, {@code T1..T12}. */
    Level thoracicLevel(String key, Level def) throws ConfigException {
        SourcedValue v = value(key);
        if (v == null) {
            return def;
        }
        Level level;
        try {
            level = Level.parse(v.text());
        } catch (IllegalArgumentException e) {
            throw bad(key, v, "is not a thoracic level (T1..T12)");
        }
        if (!level.thoracic()) {
            throw bad(key, v, "is not a thoracic level (T1..T12)");
        }
        return level;
    }

    /** A readable file ({@code ~/} expanded), or null when unset or blank. */
    Path existingFile(String key) throws ConfigException {
        SourcedValue v = value(key);
        if (v == null || v.text().isBlank()) {
            return null;
        }
        Path p = Path.of(expandHome(v.text().trim()));
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw bad(key, v, "is not a readable file");
        }
        return p;
    }

    /** {@code path} with a leading {@code ~/} replaced by the user's home folder. */
    static String expandHome(String path) {
        return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }
}
