package org.rollerhub.tools.onset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rollerhub.sim.GenerateOptions;

/**
 * The live compensation-onset against the targets on a small seeded set (the larger sets
 * are in docs/measurements.md): at least 95 % of compensated reps found while their rise is still
 * going on, at most one false onset per 100 uncompensated reps.
 */
class OnsetScoreTest {
    @Test
    void onsetsAreFoundDuringTheRiseAndRarelyElsewhere() {
        OnsetScore score = new OnsetScore();
        for (long seed = 1; seed <= 25; seed++) {
            OnsetScoreCommand.score(seed, GenerateOptions.defaults(), score);
        }
        assertTrue(score.compensated() > 50, score.report());
        assertTrue(score.foundInRise() >= 0.95 * score.compensated(), score.report());
        assertTrue(score.falseOnsets() <= 0.01 * score.uncompensated(), score.report());
    }
}
