package org.rollerhub.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.SessionSummary;

/** How the scorer lines found reps up with the true ones. */
class ScorecardTest {
    private static final double[] STARTS = {4.8, 16.6, 22.9, 28.9, 40.6, 57.5, 73.4};

    private static Truth.TruthSession truth() {
        List<Truth.TruthRep> reps = new ArrayList<>();
        for (double s : STARTS) {
            reps.add(new Truth.TruthRep(Level.T7, s, s + 4, 0.5, false, false));
        }
        return new Truth.TruthSession(80, reps, List.of(), 0, 0, 0);
    }

    private static SessionSummary found(double shiftS, int early, double earlyByS) {
        List<Rep> reps = new ArrayList<>();
        for (int i = 0; i < STARTS.length; i++) {
            double s = STARTS[i] + shiftS - (i == early ? earlyByS : 0);
            reps.add(new Rep(Level.T7, s, s + 4, 0.5, false, false, 0));
        }
        return new SessionSummary(0, 80_000_000, 80, reps, List.of(), 0, 0, 0, 170, Level.T8);
    }

    @Test
    void oneRepFarOffIsAMissAndAnExtraNotAReasonToMoveTheRest() {
        // seed 7174's first session: one rep placed 1.7 s early; an offset of -0.7 s would match it
        // too, with every other rep 0.7 s off
        Truth.TruthSession t = truth();
        SessionSummary f = found(0.01, 2, 1.7);
        assertEquals(0.0, Scorecard.repOffset(t, f), 1e-9);
        Scorecard card = new Scorecard();
        card.add("s", new Truth(170, Level.T8, 0, List.of(t)), List.of(f));
        assertEquals(2.0 * 6 / (2.0 * 6 + 1 + 1), card.repF1(), 1e-9);
        assertTrue(card.notes().stream().anyMatch(n -> n.contains("missed rep at 22.90")), card.notes().toString());
        assertTrue(card.notes().stream().noneMatch(n -> n.contains("matched")), card.notes().toString());
    }

    @Test
    void aWholeSessionOffByAConstantIsMatchedAtThatOffset() {
        Truth.TruthSession t = truth();
        assertEquals(0.7, Scorecard.repOffset(t, found(0.7, -1, 0)), 1e-9);
        assertEquals(-1.25, Scorecard.repOffset(t, found(-1.25, -1, 0)), 1e-9);
        Scorecard card = new Scorecard();
        card.add("s", new Truth(170, Level.T8, 0, List.of(t)), List.of(found(0.7, -1, 0)));
        assertEquals(1.0, card.repF1(), 1e-9);
    }
}
