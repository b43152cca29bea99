package org.rollerhub.hub.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rollerhub.hub.pipeline.eval.Evaluation;
import org.rollerhub.hub.pipeline.eval.Scorecard;
import org.rollerhub.hub.pipeline.eval.Truth;
import org.rollerhub.hub.testing.SummarySchema;

/**
 * The analytics' accuracy targets, measured through the real pipeline on labelled captures: the
 * six shared samples (from an independent simulator: the best truth) and seeded captures from
 * the project's firmware simulator.
 */
class AccuracyTest {

    @Test
    void sharedSamplesMeetTheTargets() throws Exception {
        Scorecard card = new Scorecard();
        int samples = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(SummarySchema.sharedDir().resolve("samples"), "*.rlr")) {
            for (Path rlr : dir) {
                Path json = rlr.resolveSibling(rlr.getFileName().toString().replace(".rlr", ".json"));
                Evaluation.score(card, rlr.getFileName().toString(), Files.readAllBytes(rlr),
                        Truth.parse(Files.readString(json)));
                samples++;
            }
        }
        assertTrue(samples > 0, "no shared samples: an empty scorecard scores perfectly");
        String report = card.report() + String.join("\n", card.notes());
        System.out.println("shared samples:\n" + report);
        assertEquals(1.0, card.repCountExactFraction(), report);
        assertMeetsTheTargets(card, report);
    }

    @Test
    void simulatedSessionsMeetTheTargets() throws Exception {
        Scorecard card = new Scorecard();
        for (long seed = 1; seed <= 12; seed++) {
            Evaluation.scoreSeed(card, seed, null);
        }
        String report = card.report() + String.join("\n", card.notes());
        System.out.println("seeds 1-12:\n" + report);
        assertTrue(card.repCountExactFraction() >= 0.98, report);
        assertMeetsTheTargets(card, report);
    }

    /** The targets, but for the exact rep count, which each test asks in its own way. */
    private static void assertMeetsTheTargets(Scorecard card, String report) {
        assertTrue(card.sessionsExact(), report);
        assertTrue(card.repF1() >= 0.995, report);
        assertTrue(card.levelExactFraction() >= 0.97, report);
        assertTrue(card.heldF1() >= 0.99, report);
        assertTrue(card.holdMeanAbsErrorS() <= 0.3, report);
        assertTrue(card.compensationF1() >= 0.97, report);
        assertTrue(card.shiftF1() >= 0.97, report);
        assertTrue(card.shiftDistanceMeanAbsErrorCm() <= 0.2, report);
        assertTrue(card.zoneMaxAbsErrorS() <= 0.5, report);
        assertEquals(1.0, card.lostExactFraction(), report);
    }
}
