package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.protocol.Calibration;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PressureBatch;

/** BLE losses come in bursts; the load follows body weight and moves across the cells. */
class LinkAndLoadTest {

    @Test
    void bleLossesComeInBursts() {
        int gaps = 0;
        int longGaps = 0;
        for (long seed = 1; seed < 6; seed++) {
            GeneratedCapture c = Simulator.generate(seed, GenerateOptions.defaults().withLink(LinkKind.BLE));
            List<Packet> packets = Decoded.of(c.rlr()).packets;
            for (int i = 1; i < packets.size(); i++) {
                int gap = ((packets.get(i).seq() - packets.get(i - 1).seq()) & 0xFFFF) - 1;
                if (gap > 0) {
                    gaps++;
                    longGaps += gap > 1 ? 1 : 0;
                }
            }
        }
        assertTrue(gaps > 0 && longGaps > gaps / 5, longGaps + " of " + gaps + " gaps lose more than one packet");
    }

    @Test
    void baselineLoadIsAQuarterToAThirdOfBodyWeightAndLeansMoveItAcrossTheCells() {
        Scenario s = ScenarioFile.parse("""
                mass 90
                cells 8
                pressure-hz 100
                session
                  f0 0.30
                  rest 5
                  quick-rep
                  rest 3
                  lean 60 1
                  rest 4
                  held-rep 3
                  rest 60
                """);
        GeneratedCapture c = Simulator.generate(1, GenerateOptions.defaults().withScenario(s));
        Decoded d = Decoded.of(c.rlr());
        double start = d.firstAbove(0, 80);
        double weight = 90 * SimSetup.G;
        double f0 = d.meanLoad(start + 2, start + 4.5);
        assertTrue(f0 > 0.27 * weight && f0 < 0.33 * weight, "F0 " + f0 / weight);
        double[] before = cellCentre(d, start + 2, start + 4.5);
        double[] after = cellCentre(d, start + 14, start + 16);
        // Cell 0 is at the L end: a lean toward L moves the load's centre to lower cell indices.
        assertTrue(after[0] < before[0] - 0.5, "centre cell " + before[0] + " -> " + after[0]);
    }

    /** Force-weighted mean cell index over [from, to). */
    private static double[] cellCentre(Decoded d, double from, double to) {
        Hello hello = d.hello;
        Calibration cal = Calibration.of(hello);
        double sum = 0;
        double weighted = 0;
        long origin = -1;
        for (Packet p : d.packets) {
            if (p instanceof PressureBatch b) {
                if (origin < 0) {
                    origin = b.t0Us();
                }
                double t = ((b.t0Us() - origin) & 0xFFFFFFFFL) / 1e6;
                if (t >= from && t < to) {
                    for (int k = 0; k < b.sampleCount(); k++) {
                        for (int cell = 0; cell < b.cells(); cell++) {
                            double f = Math.max(0, cal.forceN(cell, b.count(k, cell)));
                            sum += f;
                            weighted += f * cell;
                        }
                    }
                }
            }
        }
        return new double[] {weighted / sum};
    }
}
