package org.rollerhub.analytics.internal.breath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * The joint fit of rise, return and breathing on a window shaped like seed 1032's trap: a quick
 * rep (rise 1.1 s, plateau 3.4 s, return 1.3 s) whose plateau holds a breath's peak, 20 N either
 * way at 0.277 Hz, binned every 0.1 s. Started from the ramps a fit without breathing finds there
 * (a long rise running into a long return), the alternating scans stay put.
 */
class BreathFitTest {
    private static final double HZ = 0.277;
    private static final BreathFit.Ramp TRUE_RISE = new BreathFit.Ramp(-0.78, 1.1);
    private static final BreathFit.Ramp TRUE_RETURN = new BreathFit.Ramp(3.7, 1.3);
    private static final BreathFit.Range RISE_RANGE = new BreathFit.Range(-2.2, 0.5, 0.5, 3.3);
    private static final BreathFit.Range RETURN_RANGE = new BreathFit.Range(1.27, 4.57, 0.5, 2.6);

    private final BreathFit fit = new BreathFit();

    @BeforeEach
    void window() {
        int n = 78;
        double[] t = new double[n];
        double[] y = new double[n];
        Random noise = new Random(1);
        for (int i = 0; i < n; i++) {
            t[i] = -2.2 + 0.1 * i;
            y[i] = 255 + 90 * RaisedCosine.at((t[i] - TRUE_RISE.t0()) / TRUE_RISE.d())
                    - 90 * RaisedCosine.at((t[i] - TRUE_RETURN.t0()) / TRUE_RETURN.d())
                    + 20 * Math.cos(2 * Math.PI * HZ * (t[i] - 2.04)) + 0.5 * noise.nextGaussian();
        }
        fit.samples(t, y, n);
        times = t;
        load = y;
    }

    private double[] times;
    private double[] load;

    @Test
    void fromShortRampsTheAlternatingScansFindTheRep() {
        BreathFit.Fit f = fit.fitAt(HZ, new BreathFit.Ramp(-0.9, 1.0), new BreathFit.Ramp(3.5, 1.0), RISE_RANGE,
                RETURN_RANGE);
        assertPlaced(f);
        BreathFit.Levels levels = fit.levels(f);
        assertEquals(255, levels.before(), 1.0);
        assertEquals(90, levels.rise(), 1.0);
        assertEquals(255, levels.after(), 1.0);
    }

    @Test
    void fromStretchedRampsTheyStayInTheWrongBasinWhereThePairScanDoesNot() {
        BreathFit.Fit stuck = fit.fitAt(HZ, new BreathFit.Ramp(-1.06, 3.2), new BreathFit.Ramp(2.17, 2.6), RISE_RANGE,
                RETURN_RANGE);
        double stuckHoldS = stuck.ret().t0() - stuck.rise().end();
        assertTrue(stuckHoldS < 0.5, "the trap this guards against no longer springs: hold " + stuckHoldS);

        List<BreathFit.Fit> pairs = fit.pairScan(HZ, RISE_RANGE, RETURN_RANGE, 3);
        BreathFit.Fit refined = fit.refineAt(HZ, pairs.get(0).rise(), pairs.get(0).ret(), RISE_RANGE, RETURN_RANGE);
        assertPlaced(refined);
        assertTrue(refined.sse() < stuck.sse() / 10, refined.sse() + " vs " + stuck.sse());
    }

    @Test
    void pairScanReturnsDistinctBasinsBestFirstAndKeepsTheReturnAfterTheRise() {
        List<BreathFit.Fit> pairs = fit.pairScan(HZ, RISE_RANGE, RETURN_RANGE, 3);
        assertEquals(3, pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            BreathFit.Fit p = pairs.get(i);
            assertTrue(p.ret().t0() >= p.rise().end() - 1e-9, p.toString());
            if (i > 0) {
                assertTrue(p.sse() >= pairs.get(i - 1).sse(), "not best first");
            }
            for (int j = 0; j < i; j++) {
                BreathFit.Fit q = pairs.get(j);
                assertFalse(Math.abs(p.rise().t0() - q.rise().t0()) < PairScan.DISTINCT_START_S
                        && Math.abs(p.ret().t0() - q.ret().t0()) < PairScan.DISTINCT_START_S, p + " repeats " + q);
            }
        }
    }

    @Test
    void pairScanOfTooFewSamplesIsEmpty() {
        fit.samples(new double[] {0, 0.1, 0.2}, new double[] {1, 2, 3}, 3);
        assertTrue(fit.pairScan(HZ, RISE_RANGE, RETURN_RANGE, 3).isEmpty());
    }

    @Test
    void everyFitsResidualIsTheLeastSquaresResidualOfItsRampsAndRate() {
        // the scans take each candidate's sums from the grid and suffix sums; here the same model
        // is solved directly, for fits from both starts, at several rates, refined and not
        for (double hz : new double[] {0.15, HZ, 0.34}) {
            BreathFit.Fit a = fit.fitAt(hz, new BreathFit.Ramp(-1.06, 3.2), new BreathFit.Ramp(2.17, 2.6), RISE_RANGE,
                    RETURN_RANGE);
            BreathFit.Fit b = fit.fitAt(hz, new BreathFit.Ramp(-0.9, 1.0), new BreathFit.Ramp(3.5, 1.0), RISE_RANGE,
                    RETURN_RANGE);
            BreathFit.Fit c = fit.refineAt(hz + 0.004, b.rise(), b.ret(), RISE_RANGE, RETURN_RANGE);
            for (BreathFit.Fit f : List.of(a, b, c)) {
                assertEquals(directResidual(f), f.sse(), 1e-6 * directResidual(f), f.toString());
                assertTrue(f.ret().t0() >= f.rise().end() - 1e-9, f.toString());
                assertOnLattice(f.rise(), RISE_RANGE);
                assertOnLattice(f.ret(), RETURN_RANGE);
            }
        }
    }

    /** The residual of y on (1, rise, return, sin, cos) at the fit's rate, by QR. */
    private double directResidual(BreathFit.Fit f) {
        int n = times.length;
        double[][] x = new double[n][5];
        double w = 2 * Math.PI * f.hz();
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = RaisedCosine.at((times[i] - f.rise().t0()) / f.rise().d());
            x[i][2] = RaisedCosine.at((times[i] - f.ret().t0()) / f.ret().d());
            x[i][3] = Math.sin(w * times[i]);
            x[i][4] = Math.cos(w * times[i]);
        }
        org.apache.commons.math3.linear.RealMatrix m = org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(x);
        org.apache.commons.math3.linear.RealVector v = org.apache.commons.math3.linear.MatrixUtils.createRealVector(load);
        org.apache.commons.math3.linear.RealVector coef = new org.apache.commons.math3.linear.QRDecomposition(m)
                .getSolver().solve(v);
        org.apache.commons.math3.linear.RealVector residual = v.subtract(m.operate(coef));
        return residual.dotProduct(residual);
    }

    private static void assertOnLattice(BreathFit.Ramp r, BreathFit.Range range) {
        double starts = (r.t0() - range.t0Lo()) / RampGrid.STEP_S;
        double durations = (r.d() - range.dLo()) / RampGrid.STEP_S;
        assertEquals(Math.rint(starts), starts, 1e-6, r + " starts off the lattice");
        assertEquals(Math.rint(durations), durations, 1e-6, r + " lasts off the lattice");
    }

    private static void assertPlaced(BreathFit.Fit f) {
        assertEquals(TRUE_RISE.t0(), f.rise().t0(), 0.05, "rise start");
        assertEquals(TRUE_RISE.end(), f.rise().end(), 0.05, "rise end");
        assertEquals(TRUE_RETURN.t0(), f.ret().t0(), 0.05, "return start");
        assertEquals(TRUE_RETURN.end(), f.ret().end(), 0.05, "return end");
    }
}
