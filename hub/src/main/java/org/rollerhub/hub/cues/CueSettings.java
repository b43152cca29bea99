package org.rollerhub.hub.cues;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.rollerhub.protocol.Cue;

/**
 * A roller's cue policy, per person and per roller through the configuration.
 *
 * @param mode {@link Mode#AUTO} (cues for a roller whose HELLO reports a vibration motor, none
 *     otherwise), {@link Mode#ON} (send them; the roller's ACK decides) or {@link Mode#OFF}
 * @param rules what each trigger does
 * @param minGapSeconds least device time between two cues, s (≥ 0): a cue due sooner is dropped
 * @param quiet no cues at all for now (the events go on); set and cleared by the configuration or
 *     {@code cue/set}
 */
public record CueSettings(Mode mode, Map<CueTrigger, CueRule> rules, double minGapSeconds, boolean quiet) {

    /** Whether cues are sent. */
    public enum Mode {
        AUTO, ON, OFF;

        /** auto, on or off; true and false too, as YAML reads an unquoted on and off. */
        public static Mode parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "auto" -> AUTO;
                case "on", "true" -> ON;
                case "off", "false" -> OFF;
                default -> throw new IllegalArgumentException("cue mode must be auto, on or off, not '" + text + "'");
            };
        }
    }

    /** Default least time between cues, s: a double pulse and the user's reaction to it. */
    public static final double DEFAULT_MIN_GAP_SECONDS = 3.0;

    /**
     * The defaults: auto; compensation onset → correct + amber; neck or lumbar zone → stop + red;
     * hold reached → good + green, off; 3 s between cues; not quiet.
     */
    public static final CueSettings DEFAULTS = new CueSettings(Mode.AUTO, Map.of(
            CueTrigger.COMPENSATION_ONSET, CueRule.on(Cue.Pattern.CORRECT, Cue.LedColour.AMBER),
            CueTrigger.NECK_ZONE, CueRule.on(Cue.Pattern.STOP, Cue.LedColour.RED),
            CueTrigger.LUMBAR_ZONE, CueRule.on(Cue.Pattern.STOP, Cue.LedColour.RED),
            CueTrigger.HOLD, CueRule.off(Cue.Pattern.GOOD, Cue.LedColour.GREEN)), DEFAULT_MIN_GAP_SECONDS, false);

    public CueSettings {
        if (mode == null || rules == null) {
            throw new IllegalArgumentException("cue settings need a mode and rules");
        }
        EnumMap<CueTrigger, CueRule> all = new EnumMap<>(CueTrigger.class);
        all.putAll(rules);
        for (CueTrigger t : CueTrigger.values()) {
            if (all.get(t) == null) {
                throw new IllegalArgumentException("cue settings lack a rule for " + t.label());
            }
        }
        rules = Map.copyOf(all);
        if (!(minGapSeconds >= 0) || Double.isInfinite(minGapSeconds)) {
            throw new IllegalArgumentException("cue minGapSeconds must be 0 or more, not " + minGapSeconds);
        }
    }

    public CueRule rule(CueTrigger trigger) {
        return rules.get(trigger);
    }

    public CueSettings withMode(Mode m) {
        return new CueSettings(m, rules, minGapSeconds, quiet);
    }

    public CueSettings withRule(CueTrigger trigger, CueRule rule) {
        EnumMap<CueTrigger, CueRule> r = new EnumMap<>(rules);
        r.put(trigger, rule);
        return new CueSettings(mode, r, minGapSeconds, quiet);
    }

    public CueSettings withMinGapSeconds(double s) {
        return new CueSettings(mode, rules, s, quiet);
    }

    public CueSettings withQuiet(boolean q) {
        return new CueSettings(mode, rules, minGapSeconds, q);
    }
}
