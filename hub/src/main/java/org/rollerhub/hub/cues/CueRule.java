package org.rollerhub.hub.cues;

import java.util.Locale;
import org.rollerhub.protocol.Cue;

/**
 * What one trigger does: nothing ({@code enabled} false), or a cue of {@code pattern} with the LED
 * in {@code led}, lasting {@code durationMs} (0: the pattern's own length).
 *
 * @param enabled whether the trigger sends a cue
 * @param pattern vibration pattern
 * @param led LED colour ({@link Cue.LedColour#NONE} for none)
 * @param durationMs how long the pattern may take, ms (0..65535; 0 = its own length)
 */
public record CueRule(boolean enabled, Cue.Pattern pattern, Cue.LedColour led, int durationMs) {
    public CueRule {
        if (pattern == null || led == null) {
            throw new IllegalArgumentException("a cue rule needs a pattern and an LED colour");
        }
        if (durationMs < 0 || durationMs > 0xFFFF) {
            throw new IllegalArgumentException("cue duration must be 0..65535 ms, not " + durationMs);
        }
    }

    public static CueRule on(Cue.Pattern pattern, Cue.LedColour led) {
        return new CueRule(true, pattern, led, 0);
    }

    public static CueRule off(Cue.Pattern pattern, Cue.LedColour led) {
        return new CueRule(false, pattern, led, 0);
    }

    public CueRule withEnabled(boolean on) {
        return new CueRule(on, pattern, led, durationMs);
    }

    /**
     * A rule written as in the configuration and {@code cue/set}: {@code off} (this rule, turned
     * off), {@code on} (turned on as it is), or {@code PATTERN COLOUR [DURATION_MS]}, e.g.
     * {@code correct amber} or {@code stop red 600}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static CueRule parse(String text, CueRule current) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off")) {
            return current.withEnabled(false);
        }
        if (t.equals("on")) {
            return current.withEnabled(true);
        }
        String[] w = t.split("\\s+");
        if (w.length < 2 || w.length > 3) {
            throw new IllegalArgumentException("a cue rule is 'off', 'on' or 'PATTERN COLOUR [DURATION_MS]' "
                    + "(e.g. 'correct amber'), not '" + text + "'");
        }
        int duration = 0;
        if (w.length == 3) {
            try {
                duration = Integer.parseInt(w[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cue duration must be a whole number of ms (0..65535), not '" + w[2] + "'");
            }
        }
        return new CueRule(true, pattern(w[0]), colour(w[1]), duration);
    }

    /** The rule as {@link #parse} reads it. */
    public String text() {
        return enabled ? name(pattern) + " " + name(led) + (durationMs == 0 ? "" : " " + durationMs) : "off";
    }

    /** The pattern called {@code text}: attention, correct, good or stop. */
    public static Cue.Pattern pattern(String text) {
        try {
            return Cue.Pattern.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cue pattern must be attention, correct, good or stop, not '" + text + "'");
        }
    }

    /** The colour called {@code text}: none, green, amber or red. */
    public static Cue.LedColour colour(String text) {
        try {
            return Cue.LedColour.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LED colour must be none, green, amber or red, not '" + text + "'");
        }
    }

    /** Lower-case name of a pattern or colour, as in the configuration and cue events. */
    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
