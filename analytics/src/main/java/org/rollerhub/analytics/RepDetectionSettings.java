package org.rollerhub.analytics;

/**
 * The rep detector's live thresholds: how the load is smoothed and followed before a rep, when a
 * candidate is a rep under way, held or over, and which candidates are cancelled as something
 * else. Fractions are of the baseline F0 unless said otherwise. Held by {@link AnalyticsSettings};
 * the defaults are the analytics' own tuning.
 *
 * @param initialBaselineSeconds when a session is confirmed, F0 starts as the mean smoothed load
 *     over this long before, s
 * @param loadSmoothingTauSeconds time constant of the causal smoothing of the load that the rep
 *     thresholds are judged on, s (the smoothing delays a crossing by about this much)
 * @param warmUpSeconds after a session is confirmed, reps are looked for only once this long has
 *     passed (the user is still settling onto the roller), s
 * @param warmUpFollowTauSeconds time constant of the follower of the load during the warm-up, s
 * @param followTauAfterWarmUpSeconds time constant of the follower right after the warm-up, s; it
 *     then grows by a second per second up to {@link AnalyticsSettings#baselineTauSeconds}
 * @param neutralFromSeconds the neutral average takes the load from this long after the session's
 *     confirmation, once lying down is over, s
 * @param baselineGuardFraction a load this far above the follower is most likely a rep rising (a
 *     slow one would drag the follower up with it and never cross), fraction of the follower
 * @param baselineGuardSlowdown how many times slower the follower follows a load above the guard
 * @param plateauRestartFraction a new peak this far above the previous one restarts the plateau
 *     that a hold is timed from
 * @param holdAnnounceFraction a hold is announced only while the load is at least this fraction of
 *     the way from F0 to the peak
 * @param returnSettleSeconds after the load is back within the return fraction, the return ramp is
 *     over by then (it ends under 0.8 s after that crossing), s
 * @param nextRiseAfterReturnSeconds when the next rep rises before the last one settled, its fit
 *     window ends at least this long after the return crossing, s
 * @param nextRiseClearanceSeconds and at least this long before the next rep's crossing, s
 * @param busyAfterReturnSeconds a candidate counts as under way (for the shift tracker) until this
 *     long after its return crossing, s
 * @param riseBeginNearFraction the rough live rise begin is the last time the smoothed load was
 *     within this of F0 before the crossing
 * @param riseBeginLookbackSeconds looked for at most this far before the crossing, s
 * @param plateauTopQuantile the plateau's level is this quantile of the smoothed load between the
 *     crossing and the return (0..1)
 * @param rollingTopFraction a candidate that rolls the contact by the shift distance or more and
 *     tops out under this is a shift, not a rep (a compensated rep, which also slides, lifts 0.57
 *     of F0 or more; a shift's load bump with a breath stays near 0.12)
 * @param rollLookbackSeconds a rolling candidate's roll is measured from this long before its
 *     crossing, s
 * @param cancelTopFraction a rep whose fitted rise is under the rise threshold is cancelled only if
 *     its load also topped out under this (a real rep lifts 0.29 of F0 or more, breathing seen
 *     from a baseline caught in its trough about 0.24; a fit squeezed against the start of its
 *     window can miss a slow rise, the top does not)
 * @param levelLookbackSeconds a rep's level is taken where the contact was highest over this long
 *     before the fitted rise begin and at it, s (a compensating slide already under way then does
 *     not move it)
 * @param slideAfterRiseSeconds the compensating slide is measured from the rise begin to this long
 *     after the rise ends, s
 * @param breathCountMinSeconds a plateau shorter than this counts no breaths, s
 * @param breathHysteresisFraction hysteresis of the breath count's swings about the plateau's mean
 * @param neutralBinSeconds the neutral average takes the load in bins this long, s
 * @param neutralDelaySeconds a bin joins the average only once this old and the user still in
 *     neutral, so that the first part of a rise (before the load crosses the rep threshold) is
 *     left out, s
 * @param neutralWindowSeconds the neutral average is over the neutral load of this long, s
 * @param neutralMinCoveredSeconds less neutral load than this in the window does not replace a
 *     baseline (a second or two may cover only a breath's trough), s
 * @param neutralFirstCoveredSeconds the session's first baseline, when there is no other yet,
 *     needs this much neutral load, s
 * @param slowestBreathHz the slowest breathing of the model: with less than one such breath of
 *     neutral load, the average is the middle of the load's range rather than its mean, Hz
 */
public record RepDetectionSettings(
        double initialBaselineSeconds,
        double loadSmoothingTauSeconds,
        double warmUpSeconds,
        double warmUpFollowTauSeconds,
        double followTauAfterWarmUpSeconds,
        double neutralFromSeconds,
        double baselineGuardFraction,
        double baselineGuardSlowdown,
        double plateauRestartFraction,
        double holdAnnounceFraction,
        double returnSettleSeconds,
        double nextRiseAfterReturnSeconds,
        double nextRiseClearanceSeconds,
        double busyAfterReturnSeconds,
        double riseBeginNearFraction,
        double riseBeginLookbackSeconds,
        double plateauTopQuantile,
        double rollingTopFraction,
        double rollLookbackSeconds,
        double cancelTopFraction,
        double levelLookbackSeconds,
        double slideAfterRiseSeconds,
        double breathCountMinSeconds,
        double breathHysteresisFraction,
        double neutralBinSeconds,
        double neutralDelaySeconds,
        double neutralWindowSeconds,
        double neutralMinCoveredSeconds,
        double neutralFirstCoveredSeconds,
        double slowestBreathHz) {

    public RepDetectionSettings {
        double[] all = {initialBaselineSeconds, loadSmoothingTauSeconds, warmUpSeconds, warmUpFollowTauSeconds, followTauAfterWarmUpSeconds,
            neutralFromSeconds, baselineGuardFraction, baselineGuardSlowdown, plateauRestartFraction,
            holdAnnounceFraction, returnSettleSeconds, nextRiseAfterReturnSeconds, nextRiseClearanceSeconds,
            busyAfterReturnSeconds, riseBeginNearFraction, riseBeginLookbackSeconds, plateauTopQuantile,
            rollingTopFraction, rollLookbackSeconds, cancelTopFraction, levelLookbackSeconds, slideAfterRiseSeconds,
            breathCountMinSeconds, breathHysteresisFraction, neutralBinSeconds, neutralDelaySeconds,
            neutralWindowSeconds, neutralMinCoveredSeconds, neutralFirstCoveredSeconds, slowestBreathHz};
        for (double v : all) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("rep detection settings must be positive: " + v);
            }
        }
        if (plateauTopQuantile > 1 || holdAnnounceFraction > 1) {
            throw new IllegalArgumentException("plateauTopQuantile and holdAnnounceFraction must be at most 1");
        }
        if (!(neutralBinSeconds < neutralWindowSeconds)) {
            throw new IllegalArgumentException("neutralBinSeconds must be under neutralWindowSeconds");
        }
    }

    /** The analytics' own tuning. */
    public static RepDetectionSettings defaults() {
        return new RepDetectionSettings(0.3, 0.08, 1.5, 0.3, 1.0, 0.5, 0.10, 10, 0.08, 0.6, 1.2, 0.3, 0.6, 0.3, 0.05, 4.0,
                0.9, 0.40, 0.5, 0.25, 0.25, 0.2, 1.0, 0.015, 0.1, 1.0, 12.0, 4.0, 1.0, 0.15);
    }
}
