package org.rollerhub.protocol;

import java.util.List;

/**
 * Counts to physical units, from a HELLO: accelerometer counts × (full scale / 32768) = g,
 * gyroscope counts × (full scale / 32768) = °/s (here in rad/s), and cell force in newtons =
 * (counts − zero offset) × newtons per count. Immutable.
 */
public final class Calibration {
    private static final double FULL_SCALE_COUNTS = 32768.0;
    private final double gPerCount;
    private final double radPerSecPerCount;
    private final double[] newtonsPerCount;
    private final int[] zeroCounts;

    public Calibration(int accelRangeG, int gyroRangeDps, List<Hello.CellCalibration> cells) {
        this.gPerCount = accelRangeG / FULL_SCALE_COUNTS;
        this.radPerSecPerCount = Math.toRadians(gyroRangeDps / FULL_SCALE_COUNTS);
        this.newtonsPerCount = new double[cells.size()];
        this.zeroCounts = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            newtonsPerCount[i] = cells.get(i).newtonsPerCount();
            zeroCounts[i] = cells.get(i).zeroCounts();
        }
    }

    /** The calibration a HELLO announces. */
    public static Calibration of(Hello hello) {
        return new Calibration(hello.accelRangeG(), hello.gyroRangeDps(), hello.cells());
    }

    /** Acceleration in g for a raw accelerometer count. */
    public double accelG(int counts) {
        return counts * gPerCount;
    }

    /** Angular rate in rad/s for a raw gyroscope count. */
    public double gyroRadPerSec(int counts) {
        return counts * radPerSecPerCount;
    }

    /** Number of pressure cells. */
    public int cellCount() {
        return newtonsPerCount.length;
    }

    /** Force on {@code cell} in newtons for a raw count. */
    public double forceN(int cell, int counts) {
        return (counts - zeroCounts[cell]) * newtonsPerCount[cell];
    }

    /** Sum of all cells' forces of sample {@code k} of {@code batch}, newtons. */
    public double totalForceN(PressureBatch batch, int k) {
        double sum = 0;
        int cells = Math.min(batch.cells(), newtonsPerCount.length);
        for (int c = 0; c < cells; c++) {
            sum += forceN(c, batch.count(k, c));
        }
        return sum;
    }
}
