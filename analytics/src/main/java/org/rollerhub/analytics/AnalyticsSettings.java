package org.rollerhub.analytics;

/**
 * The user and the session model's thresholds, with units in their names. Defaults are the
 * session model's definitions. Every setting is documented in the README's settings table.
 *
 * @param statureCm the user's stature; level bands scale by stature / 170
 * @param startLevel the level at the contact point when a session starts (s = 0)
 */
public record AnalyticsSettings(double statureCm, Level startLevel) {
    public static final double DEFAULT_STATURE_CM = 170.0;
    public static final Level DEFAULT_START_LEVEL = Level.T8;

    public AnalyticsSettings {
        if (!(statureCm >= 100 && statureCm <= 250)) {
            throw new IllegalArgumentException("statureCm must be between 100 and 250, not " + statureCm);
        }
        if (!startLevel.thoracic()) {
            throw new IllegalArgumentException("startLevel must be one of T1..T12, not " + startLevel);
        }
    }

    /** The defaults: 170 cm, T8. */
    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(DEFAULT_STATURE_CM, DEFAULT_START_LEVEL);
    }
}
