package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Labels agree with themselves and with the session model's ranges; generation is deterministic. */
class LabelConsistencyTest {

    @Test
    void sameSeedSameBytesDifferentSeedsDiffer() {
        GeneratedCapture a = Simulator.generate(42);
        GeneratedCapture b = Simulator.generate(42);
        GeneratedCapture c = Simulator.generate(43);
        assertArrayEquals(a.rlr(), b.rlr());
        assertEquals(LabelsJson.toJson(a.labels()), LabelsJson.toJson(b.labels()));
        assertFalse(Arrays.equals(a.rlr(), c.rlr()));
    }

    @Test
    void labelsAreConsistentAndWithinTheModelsRanges() {
        Set<String> links = new HashSet<>();
        boolean sawNeck = false;
        boolean sawLumbar = false;
        boolean sawSeveralSessions = false;
        boolean sawBackwardShift = false;
        for (long seed = 100; seed < 140; seed++) {
            Scenario scenario = Simulator.scenario(seed, GenerateOptions.defaults());
            Labels labels = LabelMaker.make(seed, BodyTimeline.of(scenario), 0, new double[0]);
            Labels.Meta m = labels.meta();
            links.add(m.link());
            assertTrue(m.massKg() >= 45 && m.massKg() <= 120, "mass " + m.massKg());
            assertTrue(m.statureCm() >= 150 && m.statureCm() <= 200);
            assertTrue(m.diameterMm() >= 100 && m.diameterMm() <= 150);
            assertTrue(m.imuHz() >= 100 && m.imuHz() <= 1000);
            assertTrue(m.pressureHz() >= 25 && m.pressureHz() <= 200);
            assertTrue(m.cells() >= 4 && m.cells() <= 8);
            sawSeveralSessions |= labels.sessions().size() > 1;
            for (Labels.Session s : labels.sessions()) {
                assertTrue(s.durationS() >= 60 && s.durationS() <= 480, "duration " + s.durationS());
                assertTrue(s.reps().size() >= 3 && s.reps().size() <= 40, "reps " + s.reps().size());
                assertEquals(s.reps().size(), s.totals().reps());
                assertEquals(s.shifts().size(), s.totals().shifts());
                assertEquals(s.reps().stream().filter(Labels.Rep::held).count(), s.totals().holds());
                assertEquals(s.reps().stream().filter(Labels.Rep::compensated).count(), s.totals().compensations());
                assertEquals(s.reps().stream().mapToDouble(Labels.Rep::holdS).sum(), s.totals().holdS(), 0.006);
                double last = 0;
                for (Labels.Rep r : s.reps()) {
                    assertEquals(r.holdS() >= 2.0, r.held());
                    assertTrue(r.holdS() <= 1.2 || (r.holdS() >= 2.8 && r.holdS() <= 10), "plateau " + r.holdS());
                    assertTrue(r.startS() > last && r.endS() > r.startS() + r.holdS() + 1.0, r.toString());
                    assertTrue(r.endS() < s.durationS());
                    if ("L".equals(r.level())) {
                        assertTrue(r.compensated());
                    }
                    last = r.endS();
                }
                for (Labels.Shift sh : s.shifts()) {
                    double d = Math.abs(sh.distanceCm());
                    assertTrue(d >= 1.5 && d <= 20, "shift " + d);
                    sawBackwardShift |= sh.distanceCm() < 0;
                }
                sawNeck |= s.zones().neckS() > 0;
                sawLumbar |= s.zones().lumbarS() > 0;
            }
        }
        assertEquals(Set.of("ble", "serial"), links);
        assertTrue(sawNeck, "some session strays under the neck");
        assertTrue(sawLumbar, "some session strays under the lower back");
        assertTrue(sawSeveralSessions, "some capture holds several sessions");
        assertTrue(sawBackwardShift, "some shifts go toward the feet");
    }

    @Test
    void mostShiftsGoTowardTheHead() {
        int forward = 0;
        int all = 0;
        for (long seed = 1; seed < 30; seed++) {
            Labels labels = LabelMaker.make(seed, BodyTimeline.of(ScenarioGenerator.generate(seed)), 0, new double[0]);
            for (Labels.Session s : labels.sessions()) {
                for (Labels.Shift sh : s.shifts()) {
                    all++;
                    forward += sh.distanceCm() > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(forward > all / 2, forward + " of " + all);
    }
}
