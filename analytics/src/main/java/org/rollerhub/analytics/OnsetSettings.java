package org.rollerhub.analytics;

/**
 * The early, live signals read from each IMU sample as it arrives (before the two sample streams
 * are merged in time order): a compensation onset while a rep's rise is going on, and the contact
 * reaching the neck or lumbar zone. Fractions are of the baseline F0. The slide that makes an onset
 * is {@link AnalyticsSettings#compensationSlideCm()}. Held by {@link AnalyticsSettings}.
 *
 * @param riseFraction the load (the latest pressure sample) above F0·(1 + this) means a rise is
 *     going on, and an onset may be found
 * @param neutralFraction below F0·(1 + this) no rise is going on: the slide is measured afresh
 *     from where the contact is, and the next onset is armed (the hysteresis against
 *     {@code riseFraction})
 * @param lookbackSeconds when the load leaves neutral, the slide is measured from the contact's
 *     highest point over this long before (a slide that began while breathing kept the load
 *     low counts from where it began), s
 * @param zoneHysteresisCm a zone counts as left, and may be reached again, once the contact is
 *     this far back out of it, cm
 * @param maxStepSeconds an IMU gap longer than this (lost packets) is bridged at the last rate for
 *     this long only, s
 */
public record OnsetSettings(double riseFraction, double neutralFraction, double lookbackSeconds,
                            double zoneHysteresisCm, double maxStepSeconds) {
    public OnsetSettings {
        if (!(neutralFraction >= 0 && riseFraction > neutralFraction && riseFraction < 1) || !(zoneHysteresisCm >= 0)
                || !(lookbackSeconds >= 0 && lookbackSeconds <= 2)
                || !(maxStepSeconds > 0)) {
            throw new IllegalArgumentException("onset settings: need 0 <= neutralFraction < riseFraction < 1, "
                    + "lookbackSeconds 0..2, zoneHysteresisCm >= 0 and maxStepSeconds > 0, not " + riseFraction + ", "
                    + neutralFraction + ", " + lookbackSeconds + ", " + zoneHysteresisCm + ", " + maxStepSeconds);
        }
    }

    /**
     * Rise at 0.20 of F0 (the rep threshold), neutral below 0.05, slides measured from the highest
     * point over the 0.5 s before the load left neutral, zones left 0.3 cm back out, gaps bridged
     * for 0.1 s.
     */
    public static OnsetSettings defaults() {
        return new OnsetSettings(0.20, 0.05, 0.5, 0.3, 0.1);
    }
}
