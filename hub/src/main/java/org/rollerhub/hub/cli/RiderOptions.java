package org.rollerhub.hub.cli;

import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.config.ConfigException;
import org.rollerhub.hub.config.ConfigKeys;
import picocli.CommandLine.Option;

/**
 * The rider options shared by {@code run} and {@code analyze}: the user's stature and the level
 * under the roller at a session's start. Kept as text as given: {@code run} hands them to the
 * configuration, which checks them with the other sources; {@code analyze} checks them here.
 */
public final class RiderOptions {
    /** Stature range, cm, as {@link AnalyticsSettings} accepts it. */
    private static final double MIN_STATURE_CM = 100;
    private static final double MAX_STATURE_CM = 250;

    @Option(names = "--stature-cm", paramLabel = "CM", description = "the user's stature in cm, 100..250 (default 170)")
    String statureCm;

    @Option(names = "--start-level", paramLabel = "T8",
            description = "the level under the roller when a session starts: T1 to T12 (default T8)")
    String startLevel;

    /** Configuration key → text, for the options given. */
    void addTo(ConfigOverrides overrides) {
        overrides.put(ConfigKeys.STATURE_CM, statureCm, "--stature-cm");
        overrides.put(ConfigKeys.START_LEVEL, startLevel, "--start-level");
    }

    /**
     * The rider as given, defaults for what is not.
     *
     * @throws ConfigException naming the option and its valid range
     */
    AnalyticsSettings settings() throws ConfigException {
        double stature = AnalyticsSettings.DEFAULT_STATURE_CM;
        if (statureCm != null) {
            try {
                stature = Double.parseDouble(statureCm.trim());
            } catch (NumberFormatException e) {
                throw bad("--stature-cm", statureCm, "is not a number of centimetres (100..250)");
            }
            if (!(stature >= MIN_STATURE_CM && stature <= MAX_STATURE_CM)) {
                throw bad("--stature-cm", statureCm, "is out of range: must be 100..250 cm");
            }
        }
        Level level = AnalyticsSettings.DEFAULT_START_LEVEL;
        if (startLevel != null) {
            try {
                level = Level.parse(startLevel);
            } catch (IllegalArgumentException e) {
                level = null;
            }
            if (level == null || !level.thoracic()) {
                throw bad("--start-level", startLevel, "is not a thoracic level (T1..T12)");
            }
        }
        return new AnalyticsSettings(stature, level);
    }

    private static ConfigException bad(String option, String value, String what) {
        return new ConfigException("bad value for option " + option + ": '" + value + "' " + what);
    }
}
