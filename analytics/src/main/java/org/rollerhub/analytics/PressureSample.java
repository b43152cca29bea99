package org.rollerhub.analytics;

/**
 * One pressure sample: every cell's force, left to right.
 *
 * @param tUs device time, µs, unwrapped
 * @param cellForcesN force on each cell, newtons (calibrated with the roller's own gains and zeros)
 */
public record PressureSample(long tUs, double[] cellForcesN) {
    /** Total load F, newtons: the sum of the cells' forces. */
    public double totalN() {
        double sum = 0;
        for (double f : cellForcesN) {
            sum += f;
        }
        return sum;
    }
}
