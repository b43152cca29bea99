package org.rollerhub.sim;

import java.util.SplittableRandom;

/**
 * The pressure cells along the roller, left (L end) to right. The load spreads over the cells
 * around its lateral centre (the width of a back); each cell reads its share with a gain error
 * (±5 %), a zero off by up to ±3 N at power-on, a drift common to all cells (together up to
 * ±3 N per minute, wandering), and noise (about ±2 N), as u16 counts of a nominal 0.05 N.
 * Not thread-safe; call with increasing times.
 */
public final class PressureModel {
    /** Newtons per count that the roller announces. */
    public static final float NEWTONS_PER_COUNT = 0.05f;
    private static final double SPREAD_MM = 75;
    private static final double NOISE_SIGMA_N = 0.7;
    private static final double NOISE_LIMIT_N = 2.0;
    private static final double DRIFT_LEVEL_LIMIT_N = 15;

    private final SplittableRandom rng;
    private final int cells;
    private final double[] positionMm;
    private final double[] gain;
    private final double[] zeroErrorN;
    private final int[] zeroCounts;
    private final double[] weights;
    private final double driftRateMaxNps;
    private double driftRateNps;
    private double driftN;
    private double lastS = Double.NaN;

    public PressureModel(SimSetup setup, SplittableRandom rng) {
        this.rng = rng;
        this.cells = setup.cells();
        this.positionMm = new double[cells];
        this.gain = new double[cells];
        this.zeroErrorN = new double[cells];
        this.zeroCounts = new int[cells];
        this.weights = new double[cells];
        for (int i = 0; i < cells; i++) {
            // Cell 0 at the L end, which is +X.
            positionMm[i] = setup.lengthMm() * (0.5 - (i + 0.5) / cells);
            gain[i] = 1 + 0.05 * (2 * rng.nextDouble() - 1);
            zeroErrorN[i] = 3 * (2 * rng.nextDouble() - 1);
            zeroCounts[i] = 500 + rng.nextInt(2500);
        }
        driftRateMaxNps = (0.5 + 2.5 * rng.nextDouble()) / 60;
        driftRateNps = driftRateMaxNps * (2 * rng.nextDouble() - 1);
    }

    /** Cell count. */
    public int cells() {
        return cells;
    }

    /** The zero offsets the roller announces, counts (change on TARE). */
    public int zeroCounts(int cell) {
        return zeroCounts[cell];
    }

    /**
     * One sample of every cell into {@code out} at {@code off}.
     *
     * @param tS capture time, s (not decreasing)
     * @param loadN total true load, N
     * @param lateralMm the load's centre along the roller, mm from the middle, + toward L
     */
    public void sample(double tS, double loadN, double lateralMm, int[] out, int off) {
        drift(tS);
        double sum = 0;
        for (int i = 0; i < cells; i++) {
            double d = (positionMm[i] - lateralMm) / SPREAD_MM;
            weights[i] = Math.exp(-0.5 * d * d);
            sum += weights[i];
        }
        for (int i = 0; i < cells; i++) {
            double share = sum > 0 ? weights[i] / sum : 1.0 / cells;
            double noise = Math.max(-NOISE_LIMIT_N, Math.min(NOISE_LIMIT_N, NOISE_SIGMA_N * rng.nextGaussian()));
            double n = loadN * share * gain[i] + zeroErrorN[i] + driftN / cells + noise;
            long counts = zeroCounts[i] + Math.round(n / NEWTONS_PER_COUNT);
            out[off + i] = (int) Math.max(0, Math.min(65535, counts));
        }
    }

    /**
     * TARE: each cell's zero offset becomes its current reading (with the load on it, if any),
     * and the zero error and drift so far are absorbed into it.
     */
    public void tare(double tS, double loadN, double lateralMm) {
        int[] now = new int[cells];
        sample(tS, loadN, lateralMm, now, 0);
        for (int i = 0; i < cells; i++) {
            zeroCounts[i] = now[i];
            zeroErrorN[i] = 0;
        }
        driftN = 0;
    }

    /** The common drift wanders: its rate takes a random walk within ±max, its level stays bounded. */
    private void drift(double tS) {
        if (!Double.isNaN(lastS) && tS > lastS) {
            double dt = tS - lastS;
            driftRateNps += driftRateMaxNps * 0.05 * Math.sqrt(dt) * rng.nextGaussian();
            driftRateNps = Math.max(-driftRateMaxNps, Math.min(driftRateMaxNps, driftRateNps));
            driftN += driftRateNps * dt;
            if (Math.abs(driftN) > DRIFT_LEVEL_LIMIT_N) {
                driftN = Math.copySign(DRIFT_LEVEL_LIMIT_N, driftN);
                driftRateNps = -driftRateNps;
            }
        }
        lastS = tS;
    }
}
