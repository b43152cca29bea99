package org.rollerhub.analytics;

/**
 * How a rep that has returned is placed: the window its rise and return are fitted in, the ramps
 * the fit may choose, how the breathing rate is searched, and when a fit is believed. Fractions are
 * of the baseline F0 unless said otherwise. Held by {@link AnalyticsSettings}; the defaults are the
 * analytics' own tuning.
 *
 * @param windowLookbackSeconds the fit window starts at most this long before the threshold
 *     crossing (and not before the previous rep ended), s
 * @param minWindowSeconds a window that starts after a shift came to rest (its load bump is neither
 *     breathing nor a ramp) still starts at least this long before the crossing: with less, the
 *     breathing is too little seen and the fit can go astray, s
 * @param rampMinSeconds the shortest rise or return the fit may place, s; the return also starts at
 *     least this long before the window ends
 * @param riseMaxSeconds the longest rise it may place, s
 * @param returnMaxSeconds the longest return it may place, s
 * @param rampOuterReachSeconds a rise begins at most this long before its half-way crossing, and a
 *     return ends at most this long after its own, s
 * @param rampInnerReachSeconds a rise is fitted without breathing over at most this long after its
 *     half-way crossing, a return over at most this long before its own, s
 * @param rampMidOuterSeconds without breathing, a ramp's middle lies at most this far from its
 *     half-way crossing on the side away from the plateau, s
 * @param rampMidInnerSeconds and at most this far on the plateau's side, s
 * @param returnStartReachSeconds with breathing, a return starts at most this long before its
 *     half-way crossing, s
 * @param startAfterHalfSeconds with breathing, a ramp starts at most this long after its half-way
 *     crossing, s
 * @param rampBinSeconds the load is averaged into bins this long for the fit without breathing
 *     (ramps last 0.5 s or more), s
 * @param breathBinSeconds and into bins this long for the fit with breathing (under 0.4 Hz), s
 * @param profileReps the session's first this many reps scan every breathing rate and build the
 *     session's profile over the rates; later reps search near its best
 * @param profileNeighbourRates later reps try this many rates on either side of the profile's best
 * @param secondStartRampSeconds the joint fit's second start places both ramps this long, centred on
 *     the half-way crossings, s
 * @param pairsRefined distinct basins of the coarse pair scan refined for a fit in doubt
 * @param limitMarginSeconds a ramp this close to the longest its range allows is pressed against
 *     the limit, and the fit is in doubt, s
 * @param astrayRiseSeconds a joint fit that is not believed and puts the rise this far or more from
 *     the fit without breathing has gone astray, and the ramps without breathing stand, s
 * @param plausibleLevelFraction a fit's levels before and after the rep this far from F0 or more are
 *     not believed (an F0 first taken at a breath's trough or peak is off by up to 0.12)
 * @param settledLevelFraction and this far once the neutral average is settled (it is right to a
 *     few per cent then)
 * @param levelStepFraction levels before and after a rep that differ by more than this put its fit
 *     in doubt, and keep its level after from becoming the baseline
 * @param levelStepSpreadFraction the spread of that level step (drift and settling), the unit in
 *     which a doubtful fit's step is scored
 * @param breathOnlyMaxAmplitudeFraction breathing alone explains a candidate only if its swing is at
 *     most this fraction of its level either way (the model's breathing, 0.12, and a margin)
 * @param breathOnlyRmsFraction and leaves at most this unexplained (rms)...
 * @param breathOnlyResidualFactor ...or, where the sensors' noise alone leaves more, this many
 *     times the joint fit's rms residual
 */
public record RepFitSettings(
        double windowLookbackSeconds,
        double minWindowSeconds,
        double rampMinSeconds,
        double riseMaxSeconds,
        double returnMaxSeconds,
        double rampOuterReachSeconds,
        double rampInnerReachSeconds,
        double rampMidOuterSeconds,
        double rampMidInnerSeconds,
        double returnStartReachSeconds,
        double startAfterHalfSeconds,
        double rampBinSeconds,
        double breathBinSeconds,
        int profileReps,
        int profileNeighbourRates,
        double secondStartRampSeconds,
        int pairsRefined,
        double limitMarginSeconds,
        double astrayRiseSeconds,
        double plausibleLevelFraction,
        double settledLevelFraction,
        double levelStepFraction,
        double levelStepSpreadFraction,
        double breathOnlyMaxAmplitudeFraction,
        double breathOnlyRmsFraction,
        double breathOnlyResidualFactor) {

    public RepFitSettings {
        double[] all = {windowLookbackSeconds, minWindowSeconds, rampMinSeconds, riseMaxSeconds, returnMaxSeconds,
            rampOuterReachSeconds, rampInnerReachSeconds, rampMidOuterSeconds, rampMidInnerSeconds,
            returnStartReachSeconds, startAfterHalfSeconds, rampBinSeconds, breathBinSeconds, secondStartRampSeconds,
            limitMarginSeconds, astrayRiseSeconds, plausibleLevelFraction, settledLevelFraction, levelStepFraction,
            levelStepSpreadFraction, breathOnlyMaxAmplitudeFraction, breathOnlyRmsFraction, breathOnlyResidualFactor};
        for (double v : all) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("rep fit settings must be positive: " + v);
            }
        }
        if (profileReps < 0 || profileNeighbourRates < 0 || pairsRefined < 0 || !(rampMinSeconds < riseMaxSeconds)
                || !(rampMinSeconds < returnMaxSeconds)) {
            throw new IllegalArgumentException("inconsistent rep fit settings: counts must not be negative and "
                    + "rampMinSeconds must be under riseMaxSeconds and returnMaxSeconds");
        }
    }

    /** The analytics' own tuning. */
    public static RepFitSettings defaults() {
        return new RepFitSettings(4.5, 3.0, 0.5, 3.3, 2.6, 3.5, 3.0, 0.8, 0.6, 2.8, 0.5, 0.04, 0.1, 3, 2, 1.0, 3, 0.05,
                1.5, 0.15, 0.10, 0.06, 0.03, 0.135, 0.025, 3);
    }
}
