package org.rollerhub.analytics.internal.reps;

import org.rollerhub.analytics.RepFitSettings;
import org.rollerhub.analytics.internal.breath.BreathFit;

/**
 * Whether a rep's joint fit can be believed, judged against the baseline as it stands.
 *
 * @param f0N the baseline F0, N
 * @param settled whether the neutral average behind F0 has had enough load to be right to a few per cent
 * @param settings the thresholds
 */
record FitJudge(double f0N, boolean settled, RepFitSettings settings) {

    /**
     * Whether a fit's levels can be believed: before and after the rep the load, breathing aside,
     * is within {@link RepFitSettings#plausibleLevelFraction} of F0 (drift and settling move F0 by a
     * few per cent a minute, and an F0 first taken at a breath's trough or peak is off by up to
     * 0.12). A fit that went astray (a slow rise squeezed against its window, a lone breath's peak
     * traded between ramps and breathing) can say anything.
     */
    boolean plausible(BreathFit.Levels levels) {
        // once the neutral average has had enough load it is right to a few per cent, and a fit
        // that disagrees more is more likely wrong than it
        double within = (settled ? settings.settledLevelFraction() : settings.plausibleLevelFraction()) * f0N;
        return Math.abs(levels.before() - f0N) <= within && Math.abs(levels.after() - f0N) <= within;
    }

    /** Whether a fit's level after the rep is more than {@link RepFitSettings#levelStepFraction} of F0 from its level before. */
    boolean stepsAcross(BreathFit.Levels levels) {
        return Math.abs(levels.after() - levels.before()) > settings.levelStepFraction() * f0N;
    }

    /**
     * Whether a joint fit is in doubt: its levels are not plausible, the level after the rep is
     * not the level before it (F0 drifts by a few per cent a minute, not in the seconds of a rep:
     * a step says a ramp took in part of a breath), or a ramp is at the longest its range allows
     * (one pressed against the limit is stretched over a breath).
     */
    boolean doubtful(BreathFit.Fit fit, BreathFit.Levels levels, BreathFit.Range riseRange, BreathFit.Range retRange) {
        double margin = settings.limitMarginSeconds();
        if (fit.rise().d() >= riseRange.dHi() - margin || fit.ret().d() >= retRange.dHi() - margin) {
            return true;
        }
        return levels == null || !plausible(levels) || stepsAcross(levels);
    }

    /** A doubtful fit's score: its residual over {@code noiseVar}, plus its level step over its spread, squared. */
    double doubtScore(BreathFit.Fit fit, BreathFit.Levels levels, double noiseVar) {
        if (levels == null) {
            return Double.POSITIVE_INFINITY;
        }
        double step = (levels.after() - levels.before()) / (settings.levelStepSpreadFraction() * f0N);
        return fit.sse() / noiseVar + step * step;
    }

    /**
     * Whether breathing alone explains a candidate's window: its swing is no wider than the
     * model's breathing (3 % of body weight either way, 0.12 of F0 at the lightest F0, and a
     * margin), and what it leaves unexplained is small: under
     * {@link RepFitSettings#breathOnlyRmsFraction} of F0, or, where the sensors' noise alone leaves
     * more, a few times the joint fit's residual.
     */
    boolean breathingAlone(BreathFit.BreathOnly only, double jointRmsN, int points) {
        double rms = Math.sqrt(only.sse() / points);
        return only.amplitudeN() <= settings.breathOnlyMaxAmplitudeFraction() * only.levelN()
                && rms <= Math.max(settings.breathOnlyRmsFraction() * f0N, settings.breathOnlyResidualFactor() * jointRmsN);
    }
}
