package org.rollerhub.analytics.internal.breath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * The grid's sums and products against the same sums taken directly, on uneven sample times (as
 * binned load has), for every lattice ramp of a range, with its values kept and with a store too
 * small to keep them.
 */
class RampGridTest {
    private static final BreathFit.Range RANGE = new BreathFit.Range(-1.03, 0.47, 0.5, 1.3);

    private final double[] t = new double[60];
    private final double[] y = new double[60];
    private final double[] a = new double[60];
    private final double[] b = new double[60];

    RampGridTest() {
        Random r = new Random(3);
        for (int i = 0; i < t.length; i++) {
            t[i] = -2 + 0.1 * i + 0.02 * r.nextDouble();
            y[i] = 300 + 40 * r.nextGaussian();
            a[i] = Math.sin(i);
            b[i] = Math.cos(0.7 * i);
        }
    }

    @Test
    void everyLatticeRampsSumsAndProductsAreTheDirectOnes() {
        checkAll(new RampGrid(), 1);
    }

    @Test
    void aStoreTooSmallForTheValuesGivesTheSameAnswers() {
        checkAll(new RampGrid(25), 1);
    }

    @Test
    void aResetForgetsTheLastSamples() {
        RampGrid grid = new RampGrid();
        grid.reset(RANGE, t, y, t.length);
        grid.slot(3, 4);
        checkAll(grid, -1);
    }

    /** Resets {@code grid} to the samples with the load times {@code sign}, then visits every point twice (worked out, then recalled). */
    private void checkAll(RampGrid grid, double sign) {
        double[] load = y.clone();
        for (int i = 0; i < load.length; i++) {
            load[i] *= sign;
        }
        grid.reset(RANGE, t, load, t.length);
        assertEquals(61, grid.starts());
        assertEquals(33, grid.durations());
        double[] out = new double[2];
        for (int visit = 0; visit < 2; visit++) {
            for (int ia = grid.starts() - 1; ia >= 0; ia -= 3) {
                for (int id = 0; id < grid.durations(); id += 2) {
                    double start = RANGE.t0Lo() + ia * RampGrid.STEP_S;
                    double d = RANGE.dLo() + id * RampGrid.STEP_S;
                    double sum = 0;
                    double squares = 0;
                    double ySum = 0;
                    double ga = 0;
                    double gb = 0;
                    int first = -1;
                    int after = t.length;
                    for (int i = 0; i < t.length; i++) {
                        if (t[i] >= start && first < 0) {
                            first = i;
                        }
                        if (t[i] >= start + d && after == t.length) {
                            after = i;
                        }
                        if (t[i] >= start && t[i] < start + d) {
                            double g = RaisedCosine.at((t[i] - start) / d);
                            sum += g;
                            squares += g * g;
                            ySum += g * load[i];
                            ga += g * a[i];
                            gb += g * b[i];
                        }
                    }
                    int p = grid.slot(ia, id);
                    String where = "start " + start + " duration " + d;
                    assertEquals(first, grid.from(p), where);
                    assertEquals(after, grid.to(p), where);
                    assertEquals(sum, grid.sum(p), 1e-9, where);
                    assertEquals(squares, grid.squares(p), 1e-9, where);
                    assertEquals(ySum, grid.ySum(p), 1e-7, where);
                    grid.products(p, a, b, out);
                    assertEquals(ga, out[0], 1e-9, where);
                    assertEquals(gb, out[1], 1e-9, where);
                }
            }
        }
    }
}
