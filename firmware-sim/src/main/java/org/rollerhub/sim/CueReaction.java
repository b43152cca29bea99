package org.rollerhub.sim;

/**
 * How the virtual user answers a "correct" cue felt during a rep's rise while the contact slides
 * toward the feet: after a human delay drawn uniformly from {@code [minDelayS, maxDelayS]}, with
 * probability {@code correctProbability}, they stop the slide (the contact comes to rest where it is
 * by the end of the rise instead of sliding on). Other cues, and cues outside a sliding rise,
 * change nothing.
 *
 * @param minDelayS shortest reaction time, s (≥ 0)
 * @param maxDelayS longest reaction time, s (≥ minDelayS)
 * @param correctProbability chance that the user corrects at all, 0..1
 */
public record CueReaction(double minDelayS, double maxDelayS, double correctProbability) {
    /** Reacting in 0.3–0.8 s, correcting 8 times in 10. */
    public static final CueReaction DEFAULT = new CueReaction(0.3, 0.8, 0.8);

    public CueReaction {
        if (!(minDelayS >= 0) || !(maxDelayS >= minDelayS) || Double.isInfinite(maxDelayS)) {
            throw new IllegalArgumentException("reaction delays must satisfy 0 <= min <= max, not " + minDelayS
                    + ".." + maxDelayS + " s");
        }
        if (!(correctProbability >= 0 && correctProbability <= 1)) {
            throw new IllegalArgumentException("correct probability must be 0..1, not " + correctProbability);
        }
    }
}
