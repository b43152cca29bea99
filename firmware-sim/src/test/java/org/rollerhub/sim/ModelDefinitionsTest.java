package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every labelled rep meets the session model's definition on the true load (breathing included):
 * it rises 20 % of F0 or more above baseline for at least 0.5 s; fidgets never do. Shifts stay
 * within 3 % of body weight of F0, breathing aside, which with the strongest breathing on the
 * lightest F0 can reach past 1.2 F0 (the analytics tell them apart by the roll).
 */
class ModelDefinitionsTest {

    @Test
    void repsRiseEnoughForLongEnoughAndNothingElseDoes() {
        int reps = 0;
        int shiftMomentsOverTheRise = 0;
        for (long seed = 1; seed <= 60; seed++) {
            BodyTimeline timeline = BodyTimeline.of(ScenarioGenerator.generate(seed));
            double weight = timeline.scenario().setup().weightN();
            for (BodyTimeline.RepSpan rep : timeline.reps()) {
                BodyTimeline.SessionSpan s = timeline.sessions().get(rep.session());
                BodyTimeline.Probe p = timeline.probe();
                double above = 0;
                for (double t = rep.riseStartS(); t < rep.returnEndS(); t += 0.001) {
                    above += p.load(t) > 1.2 * s.f0At(t) ? 0.001 : 0;
                }
                assertTrue(above >= 0.5, "seed " + seed + " rep at " + rep.riseStartS() + " above 1.2 F0 for " + above);
                reps++;
            }
            // Outside reps, while the person lies on the roller, the load stays under 1.2 F0.
            BodyTimeline.Probe p = timeline.probe();
            int next = 0;
            for (BodyTimeline.SessionSpan s : timeline.sessions()) {
                for (double t = s.lieDownEndS(); t < s.getOffStartS(); t += 0.002) {
                    while (next < timeline.reps().size() && timeline.reps().get(next).returnEndS() < t) {
                        next++;
                    }
                    boolean inRep = next < timeline.reps().size() && timeline.reps().get(next).riseStartS() <= t;
                    if (!inRep) {
                        double f = p.load(t);
                        double breathing = s.breathAt(t);
                        boolean inShift = inShift(timeline, t);
                        double top = inShift ? s.f0At(t) + breathing + 0.03 * weight : 1.2 * s.f0At(t);
                        assertTrue(f <= top + 1e-9, "seed " + seed + " load " + f + " outside reps at " + t);
                        double bottom = s.f0At(t) - Math.abs(breathing) - (inShift ? 0.03 * weight : 0.08 * s.f0N());
                        assertTrue(f >= bottom - 1e-9, "seed " + seed + " at " + t);
                        if (inShift && f >= 1.2 * s.f0At(t)) {
                            shiftMomentsOverTheRise++;
                        }
                    }
                }
            }
        }
        assertTrue(reps > 250);
        assertTrue(shiftMomentsOverTheRise > 0, "no shift reaches 1.2 F0: the analytics are not tested on one");
    }

    private static boolean inShift(BodyTimeline timeline, double t) {
        for (BodyTimeline.ShiftSpan shift : timeline.shifts()) {
            if (t >= shift.startS() && t <= shift.endS()) {
                return true;
            }
        }
        return false;
    }
}
