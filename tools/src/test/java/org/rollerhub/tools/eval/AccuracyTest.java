package org.rollerhub.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rollerhub.pipeline.testing.SummarySchema;
import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.GeneratedCapture;
import org.rollerhub.sim.LabelsJson;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.MovementStyle;
import org.rollerhub.sim.RampShape;
import org.rollerhub.sim.Scenario;
import org.rollerhub.sim.Simulator;

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
            Evaluation.scoreSeed(card, seed, GenerateOptions.defaults());
        }
        String report = card.report() + String.join("\n", card.notes());
        System.out.println("seeds 1-12:\n" + report);
        assertTrue(card.repCountExactFraction() >= 0.98, report);
        assertMeetsTheTargets(card, report);
    }

    /**
     * The shared samples' movements follow raised cosines rather than the simulator's default
     * smoothstep, and the rep fit assumes raised cosines: sessions moving that way meet the
     * targets, with their holds placed to a few hundredths of a second (docs/measurements.md
     * gives the hold bias per movement shape).
     */
    @Test
    void sessionsMovingAlongRaisedCosinesMeetTheTargets() throws Exception {
        Scorecard card = new Scorecard();
        GenerateOptions cosine = GenerateOptions.defaults().withStyle(MovementStyle.STEADY.withRampShape(RampShape.COSINE));
        for (long seed = 1; seed <= 12; seed++) {
            Evaluation.scoreSeed(card, seed, cosine);
        }
        String report = card.report() + String.join("\n", card.notes());
        System.out.println("seeds 1-12, raised-cosine movements:\n" + report);
        assertTrue(card.repCountExactFraction() >= 0.98, report);
        assertTrue(card.holdMeanAbsErrorS() <= 0.05, report);
        assertMeetsTheTargets(card, report);
    }

    /**
     * Breathing whose rate wanders by ±10 % over 47 s and whose swing wanders by ±15 % over 23 s
     * (people do not breathe like a metronome; the rep fit takes the rate as constant over a
     * rep's window and searches near the session's rate): the targets still hold. At ±20 % they
     * no longer all do (docs/analytics.md, known limitations).
     */
    @Test
    void sessionsBreathingUnsteadilyMeetTheTargets() throws Exception {
        Scorecard card = new Scorecard();
        GenerateOptions wandering = GenerateOptions.defaults().withStyle(MovementStyle.STEADY.withBreathWander(0.1));
        for (long seed = 1; seed <= 12; seed++) {
            Evaluation.scoreSeed(card, seed, wandering);
        }
        String report = card.report() + String.join("\n", card.notes());
        System.out.println("seeds 1-12, breathing wandering by 10 %:\n" + report);
        assertTrue(card.repCountExactFraction() >= 0.98, report);
        assertMeetsTheTargets(card, report);
    }

    /**
     * One session, its samples and sensor noise falling differently on the body's timeline (the
     * lead-in 100 s longer, as in the live TCP test, and moved by 7.1 ms at a time, as a live
     * roller's timing moves the samples from run to run). Seed 6 breathes the
     * model's deepest on its lightest F0 (±0.11 of F0), and where lying down ends in a breath's
     * trough, F0 is first taken there and the next breath's peak crosses the rep threshold. That
     * is no rep, and the F0 learned from it must be the breathing's middle: until 2026-11-24 three
     * of these ten placements gave extra reps (half of 30 did, some a rep that never returned or
     * missed shifts).
     */
    @Test
    void breathingAtTheSessionStartGivesNoRepWhereverTheSamplesFall() throws Exception {
        Scorecard card = new Scorecard();
        long seed = 6;
        for (int k = 0; k < 10; k++) {
            scorePlaced(card, seed, k, GenerateOptions.defaults().withLink(LinkKind.CLEAN));
        }
        String report = card.report() + String.join("\n", card.notes());
        assertEquals(1.0, card.repCountExactFraction(), report);
        assertEquals(1.0, card.repF1(), report);
        assertEquals(1.0, card.shiftF1(), report);
        assertMeetsTheTargets(card, report);
    }

    /**
     * Contacts that rest within 0.1-0.2 mm of a zone's edge for many seconds: zone time there is
     * only right if the contact position is right to a tenth of a millimetre after minutes of
     * rolling, i.e. if the error each roll leaves does not add up over a session (the roll angle
     * is corrected by gravity from the first rest). These captures are the hard cases for that.
     * Captures placed as {@link #scorePlaced} says.
     */
    @Test
    void zoneTimeIsRightWhereContactsRestAtAZoneEdge() throws Exception {
        Scorecard card = new Scorecard();
        long[][] captures = {{2010, 0}, {2010, 1}, {2010, 2}, {2024, 0}, {2024, 1}};
        for (long[] c : captures) {
            scorePlaced(card, c[0], (int) c[1], GenerateOptions.defaults());
        }
        String report = card.report() + String.join("\n", card.notes());
        assertTrue(card.zoneMaxAbsErrorS() <= 0.5, report);
    }

    /**
     * Contacts that rest within 0.02-0.2 mm of a zone's edge right after a roll, or after rolls
     * early in a capture while the accelerometer's bias is still being learned, where the live
     * position was off by more than that: zone time is right only if time at rests is placed by
     * each rest's averaged gravity once the session is over ({@code RestZoneTime}). These seeds
     * are the hard cases for that placement; captures as generated.
     */
    @Test
    void zoneTimeAtRestsIsPlacedByEachRestsAveragedGravity() throws Exception {
        Scorecard card = new Scorecard();
        for (long seed : new long[] {2003, 5062, 5064, 5122, 5259, 6050, 6380}) {
            Evaluation.scoreSeed(card, seed, GenerateOptions.defaults());
        }
        String report = card.report() + String.join("\n", card.notes());
        assertTrue(card.zoneMaxAbsErrorS() <= 0.5, report);
    }

    /**
     * Reps whose fit window is short (right after a shift or the rep before): the joint fit of
     * ramps and breathing can then pick a breathing rate far from the session's and put the rise
     * 2-2.5 s early, at the foot of the breath before it. Its levels then show it astray and its rise
     * lies far from the one fitted without breathing, whose ramps are then kept. Chosen because they failed before 2026-11-24 (seed
     * 3039's third session as generated; the others placed anew, {@link #scorePlaced}).
     */
    @Test
    void aRepWhoseFitGoesAstrayIsStillPlacedAtItsRise() throws Exception {
        Scorecard card = new Scorecard();
        long[][] captures = {{3039, -1}, {3065, 0}, {1036, 1}, {47, 2}};
        for (long[] c : captures) {
            scorePlaced(card, c[0], (int) c[1], GenerateOptions.defaults());
        }
        String report = card.report() + String.join("\n", card.notes());
        assertEquals(1.0, card.repF1(), report);
    }

    /**
     * Shifts whose load moves by up to 3 % of body weight, the most the model allows and what the
     * shared samples show: with the model's strongest breathing on its lightest F0 the two together
     * cross the rise threshold for half a second or more. Such a candidate rolls the contact a
     * centimetre or more with little lift, which no rep does: it is cancelled, and the shift it
     * overlapped stands; and a bump down can hold a rep's load over the return threshold until the
     * shift (seed 2010's second session), which is still a shift, since it does not overlap the
     * rep's fitted span. Chosen because they failed before 2026-11-24 (seed 18: three extra reps
     * and four missed shifts in its first session; seed 1004: two missed shifts; the rest one each).
     */
    @Test
    void aShiftsLoadBumpWithABreathIsAShiftNotARep() throws Exception {
        Scorecard card = new Scorecard();
        for (long seed : new long[] {18, 1004, 2010, 3016, 3052}) {
            Evaluation.scoreSeed(card, seed, GenerateOptions.defaults());
        }
        String report = card.report() + String.join("\n", card.notes());
        assertEquals(1.0, card.repF1(), report);
        assertEquals(1.0, card.shiftF1(), report);
    }

    /**
     * Scores the seed's capture with its samples placed anew: the idle lead-in 100 s longer and
     * moved by {@code placement} × 7.1 ms, so the samples, the sensor noise and the link's losses
     * fall elsewhere on the body's timeline; a negative placement leaves it as generated.
     */
    private static void scorePlaced(Scorecard card, long seed, int placement, GenerateOptions options)
            throws IOException {
        Scenario scenario = Simulator.scenario(seed, options);
        Scenario placed = placement < 0 ? scenario : new Scenario(scenario.setup(),
                scenario.leadInS() + 100 + placement * 0.0071, scenario.thetaStartRad(), scenario.sessions());
        GeneratedCapture capture = Simulator.generate(seed, GenerateOptions.defaults().withScenario(placed));
        Evaluation.score(card, "seed " + seed + " placement " + placement, capture.rlr(),
                Truth.parse(LabelsJson.toJson(capture.labels())));
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
