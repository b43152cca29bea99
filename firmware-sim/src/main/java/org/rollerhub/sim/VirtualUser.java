package org.rollerhub.sim;

import java.util.List;
import java.util.SplittableRandom;
import org.rollerhub.protocol.Cue;

/**
 * The person on a live roller as they answer cues ({@link CueReaction}): a "correct" cue felt
 * while a rep's rise slides the contact toward the feet is acted on after a drawn human delay, with
 * a drawn chance, by stopping the slide: the rest of the rise's roll is taken back by a ramp of the
 * timeline's shape from the moment of reaction to the end of the rise, so the contact ends the rise
 * where it was when the user reacted (it runs on a little and comes back, as a braked movement
 * does). Every cue that arrives during a rep marks the rep cued. Deterministic: the draws come from
 * its own random stream, two per cue, in the order the cues arrive. Not thread-safe.
 */
public final class VirtualUser {
    /** A reaction that would come this close to the end of the rise, or later, is too late to matter, s. */
    private static final double TOO_LATE_S = 0.05;

    private final BodyTimeline timeline;
    private final CueReaction reaction;
    private final SplittableRandom rng;

    public VirtualUser(BodyTimeline timeline, CueReaction reaction, SplittableRandom rng) {
        this.timeline = timeline;
        this.reaction = reaction;
        this.rng = rng;
    }

    /**
     * A cue played at sim time {@code tS} (seconds from the capture's start).
     *
     * @return whether the user will correct a slide because of it
     */
    public boolean feel(Cue.Pattern pattern, double tS) {
        double delayS = reaction.minDelayS() + rng.nextDouble() * (reaction.maxDelayS() - reaction.minDelayS());
        boolean willing = rng.nextDouble() < reaction.correctProbability();
        List<BodyTimeline.RepSpan> reps = timeline.reps();
        ThetaCorrections corrections = timeline.corrections();
        for (int i = 0; i < reps.size(); i++) {
            BodyTimeline.RepSpan rep = reps.get(i);
            if (tS < rep.riseStartS() || tS > rep.returnEndS()) {
                continue;
            }
            corrections.markCued(i);
            double reactS = tS + delayS;
            if (pattern != Cue.Pattern.CORRECT || !willing || rep.moveCm() >= 0 || corrections.corrected(i)
                    || reactS >= rep.riseEndS() - TOO_LATE_S) {
                return false;
            }
            double riseS = rep.riseEndS() - rep.riseStartS();
            double u = (reactS - rep.riseStartS()) / riseS;
            double moveRad = rep.moveCm() / timeline.scenario().setup().radiusCm();
            double remainingRad = moveRad * (1 - timeline.shape().share(u));
            corrections.add(reactS, rep.riseEndS() - reactS, -remainingRad);
            corrections.markCorrected(i);
            return true;
        }
        return false;
    }
}
