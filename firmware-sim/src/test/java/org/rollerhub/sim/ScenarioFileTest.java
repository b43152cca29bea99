package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scenario format: settings, steps, and what the labels make of a script. */
class ScenarioFileTest {
    private static final String SCRIPT = """
            # two sessions
            mass 80
            stature 180
            start-level T8
            diameter 120
            link ble
            imu-hz 400
            pressure-hz 100
            clock-start 4294000000
            session
              rest 4
              quick-rep
              rest 3
              held-rep 5 rise=2 return=1.5
              rest 2
              shift +3 1
              rest 2
              compensated-rep 3
              rest 3
              fidget 0.3
              rest 3
              shift -14 2
              rest 2
              held-rep 3
              rest 60
              get-off 10
            session
              rest 3
              quick-rep 1
              rest 70
            """;

    @Test
    void scriptBecomesTheLabelledSessions() {
        Scenario s = ScenarioFile.parse(SCRIPT);
        assertEquals(80, s.setup().massKg());
        assertEquals(LinkKind.BLE, s.setup().link());
        assertEquals(2, s.sessions().size());
        Labels labels = LabelMaker.make(1, BodyTimeline.of(s), 0, new double[0]);
        Labels.Session first = labels.sessions().get(0);
        assertEquals(4, first.totals().reps());
        assertEquals(3, first.totals().holds(), "held-rep 5, compensated-rep 3, held-rep 3");
        assertEquals(1, first.totals().compensations() - countLumbar(first));
        assertEquals(2, first.shifts().size());
        assertEquals(3.0, first.shifts().get(0).distanceCm());
        assertEquals(-14.0, first.shifts().get(1).distanceCm());
        assertEquals("T8", first.reps().get(0).level());
        assertEquals("L", first.reps().get(3).level(), "13 cm down from the middle of T8 is under the lower back");
        assertTrue(first.reps().get(3).compensated(), "a rep in the lumbar zone counts as compensated");
        assertTrue(first.zones().lumbarS() > 60, "loaded in the lumbar zone from that shift to the end");
        assertEquals(0.5, first.reps().get(0).holdS());
        assertEquals(5.0, first.reps().get(1).holdS());
        Labels.Session second = labels.sessions().get(1);
        assertEquals("T8", second.reps().get(0).level(), "a new session starts at the start level");
        assertTrue(second.durationS() > 70);
        GeneratedCapture capture = Simulator.generate(3, GenerateOptions.defaults().withScenario(s));
        assertEquals(4294000000L, capture.labels().meta().t0());
    }

    private static long countLumbar(Labels.Session s) {
        return s.reps().stream().filter(r -> "L".equals(r.level())).count();
    }

    @Test
    void errorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFile.parse("mass 80\nsession\n rest 2\n jump 3\n"));
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("jump"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse("mass 8000\nheld-rep\n"));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse("held-rep 3 rise=x\n"));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse("session\nrest 3\nmass 70\n"));
        assertTrue(e.getMessage().contains("before the first session"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioFile.parse("# nothing\n"));
        assertTrue(e.getMessage().contains("no session"), e.getMessage());
    }
}
