package org.rollerhub.analytics.internal.breath;

import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.MatrixUtils;

/** Breathing alone, no ramps: what a rep candidate's window is compared with. */
final class BreathOnlyFit {
    private BreathOnlyFit() {
    }

    /**
     * The load explained by breathing alone (a level and one sine, no ramps) over the samples last
     * given, at the best of the {@link BreathFit#GRID} rates from {@link BreathFit#MIN_HZ}; null when there are too
     * few samples. What a rep candidate is compared with: a breath's peak
     * seen from a baseline caught in a trough crosses the rep threshold, but the breathing alone
     * then explains the window about as well as a rise and a return do.
     */
    static BreathFit.BreathOnly fit(BreathModel model) {
        if (model.count() < BreathFit.MIN_SAMPLES) {
            return null;
        }
        BreathFit.BreathOnly best = null;
        double[] rhs = new double[3];
        for (int k = 0; k < BreathFit.GRID; k++) {
            double hz = BreathFit.MIN_HZ + k * BreathFit.STEP_HZ;
            model.fillWave(hz);
            DecompositionSolver solver = model.waveSolver(rhs);
            if (solver == null) {
                continue;
            }
            double[] c = solver.solve(MatrixUtils.createRealVector(rhs)).toArray();
            double sse = model.yy() - (c[0] * rhs[0] + c[1] * rhs[1] + c[2] * rhs[2]);
            if (best == null || sse < best.sse()) {
                best = new BreathFit.BreathOnly(hz, c[0], Math.hypot(c[1], c[2]), sse);
            }
        }
        return best;
    }
}
