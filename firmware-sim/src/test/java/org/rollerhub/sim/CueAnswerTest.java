package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.RollerPacket;

/** The simulated roller's answers to CUE, and the virtual user's reaction to a "correct" cue. */
class CueAnswerTest {
    private static final String SCENARIO = """
            mass 80
            session
            rest 4
            compensated-rep 3 rise=2 move=-3
            rest 4
            compensated-rep 3 rise=2 move=-3
            rest 4
            """;

    private static final Cue CORRECT = new Cue(7, Cue.Pattern.CORRECT, 0, Cue.LedColour.AMBER);

    private record Rig(BodyTimeline timeline, RollerDevice device, List<RollerPacket> out, List<Cue> played) {
        Ack send(Cue cue, double atS) throws Exception {
            device.advanceTo(Math.round(atS * 1e6), (p, t) -> out.add(p));
            int from = out.size();
            device.handle(cue, (p, t) -> out.add(p));
            return (Ack) out.get(from);
        }
    }

    private static Rig rig(Actuators actuators, CueReaction reaction) {
        Scenario scenario = ScenarioFile.parse(SCENARIO);
        BodyTimeline timeline = BodyTimeline.of(scenario);
        RollerDevice device = new RollerDevice(timeline, new SplittableRandom(1));
        List<Cue> played = new ArrayList<>();
        VirtualUser user = new VirtualUser(timeline, reaction, new SplittableRandom(2));
        device.setActuators(actuators, (cue, simUs) -> {
            played.add(cue);
            user.feel(cue.pattern(), simUs / 1e6);
        });
        return new Rig(timeline, device, new ArrayList<>(), played);
    }

    private static double midRise(BodyTimeline t, int rep) {
        BodyTimeline.RepSpan r = t.reps().get(rep);
        return r.riseStartS() + 0.3 * (r.riseEndS() - r.riseStartS());
    }

    @Test
    void answersByWhatTheRollerHas() throws Exception {
        Cue noLight = new Cue(8, Cue.Pattern.GOOD, 0, Cue.LedColour.NONE);
        assertEquals(Ack.Result.UNKNOWN_COMMAND, rig(Actuators.LEGACY, CueReaction.DEFAULT).send(CORRECT, 1).result());
        assertEquals(Ack.Result.BAD_ARGUMENTS, rig(Actuators.NONE, CueReaction.DEFAULT).send(CORRECT, 1).result());
        assertEquals(Ack.Result.BAD_ARGUMENTS, rig(Actuators.LED, CueReaction.DEFAULT).send(noLight, 1).result());
        assertEquals(Ack.Result.BAD_ARGUMENTS, rig(Actuators.VIBRATION, CueReaction.DEFAULT).send(CORRECT, 1).result());
        Rig vib = rig(Actuators.VIBRATION, CueReaction.DEFAULT);
        Ack ok = vib.send(noLight, 1);
        assertEquals(Ack.Result.OK, ok.result());
        assertEquals(8, ok.ackedSeq());
        assertEquals(List.of(noLight), vib.played());
        Rig both = rig(Actuators.BOTH, CueReaction.DEFAULT);
        assertEquals(Ack.Result.OK, both.send(CORRECT, 1).result());
        assertTrue(rig(Actuators.NONE, CueReaction.DEFAULT).played().isEmpty());
    }

    @Test
    void helloCarriesCapabilitiesOnlyWithActuators() {
        Hello legacy = rig(Actuators.LEGACY, CueReaction.DEFAULT).device().hello();
        Hello both = rig(Actuators.BOTH, CueReaction.DEFAULT).device().hello();
        assertEquals(0, legacy.capabilities());
        assertTrue(both.hasVibration() && both.hasLed());
        assertEquals(PacketCodec.encode(legacy).length + 1, PacketCodec.encode(both).length);
    }

    @Test
    void aCorrectCueMidRiseStopsTheSlideAndTheLabelsSaySo() throws Exception {
        Rig cued = rig(Actuators.BOTH, new CueReaction(0.3, 0.3, 1.0));
        cued.send(CORRECT, midRise(cued.timeline(), 0));
        cued.device().advanceTo(60_000_000, (p, t) -> { });
        Labels labels = LabelMaker.make(1, cued.timeline(), 0, new double[0]);
        Labels.Rep first = labels.sessions().get(0).reps().get(0);
        Labels.Rep second = labels.sessions().get(0).reps().get(1);
        assertEquals(Boolean.TRUE, first.cued());
        assertEquals(Boolean.TRUE, first.corrected());
        assertTrue(first.slideCm() > 0.5 && first.slideCm() < 2.5, "slide stopped short of 3 cm: " + first.slideCm());
        assertNull(second.cued(), "the second rep got no cue");
        assertFalse(LabelsJson.toJson(labels).contains("\"cued\" : null"));

        Rig uncued = rig(Actuators.BOTH, new CueReaction(0.3, 0.3, 1.0));
        uncued.device().advanceTo(60_000_000, (p, t) -> { });
        Labels plain = LabelMaker.make(1, uncued.timeline(), 0, new double[0]);
        BodyTimeline.Probe a = cued.timeline().probe();
        BodyTimeline.Probe b = uncued.timeline().probe();
        double end = cued.timeline().endS() - 1;
        assertTrue(a.theta(end) > b.theta(end) + 0.5 / cued.timeline().scenario().setup().radiusCm(),
                "the corrected contact ends higher up the back");
        assertNull(plain.sessions().get(0).reps().get(0).cued());
    }

    @Test
    void anUnwillingUserOrAnotherPatternChangesNothing() throws Exception {
        Rig unwilling = rig(Actuators.BOTH, new CueReaction(0.3, 0.3, 0.0));
        unwilling.send(CORRECT, midRise(unwilling.timeline(), 0));
        Rig good = rig(Actuators.BOTH, new CueReaction(0.3, 0.3, 1.0));
        good.send(new Cue(9, Cue.Pattern.GOOD, 0, Cue.LedColour.GREEN), midRise(good.timeline(), 0));
        for (Rig r : List.of(unwilling, good)) {
            Labels.Rep rep = LabelMaker.make(1, r.timeline(), 0, new double[0]).sessions().get(0).reps().get(0);
            assertEquals(Boolean.TRUE, rep.cued());
            assertEquals(Boolean.FALSE, rep.corrected());
            assertEquals(3.0, rep.slideCm(), 0.01);
        }
    }

    @Test
    void uncuedBytesAreUnchangedByEquipping() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream equipped = new ByteArrayOutputStream();
        Rig a = rig(Actuators.LEGACY, CueReaction.DEFAULT);
        Rig b = rig(Actuators.LEGACY, new CueReaction(0.3, 0.3, 1.0));
        a.device().advanceTo(30_000_000, (p, t) -> plain.write(PacketCodec.encode(p)));
        b.device().advanceTo(30_000_000, (p, t) -> equipped.write(PacketCodec.encode(p)));
        assertEquals(plain.size(), equipped.size());
        assertTrue(java.util.Arrays.equals(plain.toByteArray(), equipped.toByteArray()));
    }
}
