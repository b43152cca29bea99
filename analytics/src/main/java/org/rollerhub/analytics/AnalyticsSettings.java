package org.rollerhub.analytics;

/**
 * The user and the session model's thresholds, with units in their names. Defaults are the
 * session model's definitions; the tuning values below them are the analytics' own. The user's and
 * the session model's settings are documented in the README's settings table; the rep detector's
 * own tuning is held in {@link RepDetectionSettings} and {@link RepFitSettings}, documented there.
 * Converted to sample counts once, by the analyzer.
 *
 * @param statureCm the user's stature, cm; level bands scale by stature / 170
 * @param startLevel the level at the contact point when a session starts (s = 0)
 * @param loadedN load above which the roller is loaded (session start threshold), N
 * @param sessionConfirmSeconds time loaded before a session is confirmed, s
 * @param unloadedN load below which a session may end, N
 * @param sessionEndSeconds time below {@code unloadedN} that ends a session, s
 * @param repRiseFraction rise above the baseline that makes a rep, as a fraction of F0
 * @param repMinAboveSeconds time the load must stay above the rise threshold, s
 * @param repReturnFraction a rep ends when the load is back within this fraction of F0
 * @param holdMinSeconds plateau length that makes a rep held, s
 * @param compensationSlideCm contact travel toward the feet during the rise that marks compensation, cm
 * @param shiftMinCm net travel between rests that makes a segment shift, cm
 * @param restSeconds stillness that makes a resting position, s
 * @param stillRateDegPerS rotation rate (bias-corrected) below which the roller counts as still, °/s
 * @param baselineTauSeconds time constant of the follower of the load that stands for F0 in neutral until the
 *     neutral average has enough load, s
 * @param gyroBiasTauSeconds time constant of the gyro-bias tracker while still, s
 * @param zeroTauSeconds time constant of the pressure-zero tracker while unloaded, s
 * @param repDetection the rep detector's live thresholds ({@link RepDetectionSettings})
 * @param repFit how a rep that has returned is placed ({@link RepFitSettings})
 * @param onset the early live signals: compensation onset, zone reached ({@link OnsetSettings})
 */
public record AnalyticsSettings(
        double statureCm,
        Level startLevel,
        double loadedN,
        double sessionConfirmSeconds,
        double unloadedN,
        double sessionEndSeconds,
        double repRiseFraction,
        double repMinAboveSeconds,
        double repReturnFraction,
        double holdMinSeconds,
        double compensationSlideCm,
        double shiftMinCm,
        double restSeconds,
        double stillRateDegPerS,
        double baselineTauSeconds,
        double gyroBiasTauSeconds,
        double zeroTauSeconds,
        RepDetectionSettings repDetection,
        RepFitSettings repFit,
        OnsetSettings onset) {
    public static final double DEFAULT_STATURE_CM = 170.0;
    public static final Level DEFAULT_START_LEVEL = Level.T8;

    public AnalyticsSettings {
        if (!(statureCm >= 100 && statureCm <= 250)) {
            throw new IllegalArgumentException("statureCm must be between 100 and 250, not " + statureCm);
        }
        if (startLevel == null || !startLevel.thoracic()) {
            throw new IllegalArgumentException("startLevel must be one of T1..T12, not " + startLevel);
        }
        if (repDetection == null || repFit == null || onset == null) {
            throw new IllegalArgumentException("repDetection, repFit and onset settings are required");
        }
        if (!(unloadedN < loadedN) || !(repReturnFraction < repRiseFraction) || sessionConfirmSeconds <= 0
                || sessionEndSeconds <= 0 || repMinAboveSeconds <= 0 || restSeconds <= 0 || stillRateDegPerS <= 0
                || baselineTauSeconds <= 0 || gyroBiasTauSeconds <= 0 || zeroTauSeconds <= 0) {
            throw new IllegalArgumentException("inconsistent analytics settings: " + settingsText(loadedN, unloadedN,
                    repRiseFraction, repReturnFraction));
        }
    }

    private static String settingsText(double loaded, double unloaded, double rise, double ret) {
        return "loadedN=" + loaded + " unloadedN=" + unloaded + " repRiseFraction=" + rise + " repReturnFraction=" + ret
                + " (thresholds must be ordered and times positive)";
    }

    /** These thresholds and tuning, with the default onset settings. */
    public AnalyticsSettings(double statureCm, Level startLevel, double loadedN, double sessionConfirmSeconds,
            double unloadedN, double sessionEndSeconds, double repRiseFraction, double repMinAboveSeconds,
            double repReturnFraction, double holdMinSeconds, double compensationSlideCm, double shiftMinCm,
            double restSeconds, double stillRateDegPerS, double baselineTauSeconds, double gyroBiasTauSeconds,
            double zeroTauSeconds, RepDetectionSettings repDetection, RepFitSettings repFit) {
        this(statureCm, startLevel, loadedN, sessionConfirmSeconds, unloadedN, sessionEndSeconds, repRiseFraction,
                repMinAboveSeconds, repReturnFraction, holdMinSeconds, compensationSlideCm, shiftMinCm, restSeconds,
                stillRateDegPerS, baselineTauSeconds, gyroBiasTauSeconds, zeroTauSeconds, repDetection, repFit,
                OnsetSettings.defaults());
    }

    /** These thresholds, with the rep detector's and the rep fit's own tuning. */
    public AnalyticsSettings(double statureCm, Level startLevel, double loadedN, double sessionConfirmSeconds,
            double unloadedN, double sessionEndSeconds, double repRiseFraction, double repMinAboveSeconds,
            double repReturnFraction, double holdMinSeconds, double compensationSlideCm, double shiftMinCm,
            double restSeconds, double stillRateDegPerS, double baselineTauSeconds, double gyroBiasTauSeconds,
            double zeroTauSeconds) {
        this(statureCm, startLevel, loadedN, sessionConfirmSeconds, unloadedN, sessionEndSeconds, repRiseFraction,
                repMinAboveSeconds, repReturnFraction, holdMinSeconds, compensationSlideCm, shiftMinCm, restSeconds,
                stillRateDegPerS, baselineTauSeconds, gyroBiasTauSeconds, zeroTauSeconds, RepDetectionSettings.defaults(),
                RepFitSettings.defaults());
    }

    /** The session model's definitions for this user. */
    public AnalyticsSettings(double statureCm, Level startLevel) {
        this(statureCm, startLevel, 80.0, 1.0, 40.0, 5.0, 0.20, 0.5, 0.10, 2.0, 1.0, 1.0, 0.5, 1.5, 8.0, 5.0, 2.0);
    }

    /** The defaults: 170 cm, T8. */
    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(DEFAULT_STATURE_CM, DEFAULT_START_LEVEL);
    }
}
