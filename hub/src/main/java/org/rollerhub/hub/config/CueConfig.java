package org.rollerhub.hub.config;

import org.rollerhub.hub.cues.CueRule;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.cues.CueTrigger;

/** The {@code cues.*} keys, checked, as the hub's {@link CueSettings} (rollers may override the mode). */
final class CueConfig {
    private CueConfig() {
    }

    static CueSettings read(CheckedValues values) throws ConfigException {
        CueSettings s = CueSettings.DEFAULTS;
        String mode = values.string(ConfigKeys.CUES_MODE, null);
        if (mode != null) {
            try {
                s = s.withMode(CueSettings.Mode.parse(mode));
            } catch (IllegalArgumentException e) {
                throw CheckedValues.bad(ConfigKeys.CUES_MODE, values.value(ConfigKeys.CUES_MODE), "is not auto, on or off");
            }
        }
        s = s.withMinGapSeconds(values.decimal(ConfigKeys.CUES_MIN_GAP_S, CueSettings.DEFAULT_MIN_GAP_SECONDS, 0, 3600,
                "seconds", "s"));
        s = s.withQuiet(values.bool(ConfigKeys.CUES_QUIET, false));
        s = rule(values, s, ConfigKeys.CUES_COMPENSATION_ONSET, CueTrigger.COMPENSATION_ONSET);
        s = rule(values, s, ConfigKeys.CUES_NECK_ZONE, CueTrigger.NECK_ZONE);
        s = rule(values, s, ConfigKeys.CUES_LUMBAR_ZONE, CueTrigger.LUMBAR_ZONE);
        return rule(values, s, ConfigKeys.CUES_HOLD, CueTrigger.HOLD);
    }

    private static CueSettings rule(CheckedValues values, CueSettings s, String key, CueTrigger trigger)
            throws ConfigException {
        String text = values.string(key, null);
        if (text == null) {
            return s;
        }
        try {
            return s.withRule(trigger, CueRule.parse(text, s.rule(trigger)));
        } catch (IllegalArgumentException e) {
            throw CheckedValues.bad(key, values.value(key), "is not a cue rule: " + e.getMessage());
        }
    }
}
