package org.rollerhub.analytics.internal.position;

import org.apache.commons.math3.linear.MatrixUtils;

/**
 * The accelerometer's bias across the roller's axis, learned from the gravity readings at rests.
 *
 * <p>At rest the accelerometer reads gravity turned by the roller's angle plus a fixed bias:
 * m = g·(sin θ, cos θ) + b, so the readings at rests lie on a circle of radius g (in g, about 1)
 * around b. The bias tilts the gravity angle atan2(m) by up to |b| rad, and so bends a rotation Δ
 * measured by gravity by up to about 2|b|·|sin(Δ/2)| (±40 mg on two axes: 0.11·|sin(Δ/2)|).
 * Knowing b removes that: the angle of m − b is the roller's angle.
 *
 * <p>The circle is fitted algebraically (Kåsa): |m|² = 2·m·b + c with c = r² − |b|², linear in
 * (c, b_y, b_z), so each rest adds one row to 3×3 normal equations: its first reading when it is
 * reached, replaced by its whole average when it ends. A prior (b ≈ 0 within the model's ±40 mg,
 * a radius of 1 g) keeps the answer sane while the rests cover only a short arc, where the radius
 * and the bias along the arc's middle cannot be told apart from the readings alone. The radius is
 * held near 1 g only while the rests agree with it ({@link #solve}), because a tilted axis or an
 * accelerometer's gain error shrinks or stretches it without bending angles. All in g. Not
 * thread-safe.
 */
final class GravityCircle {
    /** Spread of the bias per axis before any rest, g (the model's ±40 mg). */
    private static final double PRIOR_BIAS_G = 0.04;
    /**
     * Spread of c = r² − |b|² around 1 − |b|² (a radius of 1 g) while the rests agree with a radius
     * of 1 g: the model's accelerometer has a bias and noise only, and the shared samples' circles
     * fit 0.9994–1.0002 g. A twentieth of a per cent of radius.
     */
    private static final double PRIOR_C_ONE_G = 0.001;
    /** The same once the rests tell a radius other than 1 g: a gain error or a tilted axis of a few per cent. */
    private static final double PRIOR_C_LOOSE = 0.04;
    /** How many standard deviations from 1 g the loosely fitted radius must be to be believed. */
    private static final double RADIUS_SIGMAS = 3;
    /** Noise of |m|² at one rest (the reading averaged over 0.1 s, quantised), g². */
    private static final double ROW_NOISE_G2 = 0.001;
    /** The accelerometer's white noise, g/√Hz: a reading averaged over T seconds is off by this over √(2T). */
    private static final double NOISE_DENSITY_G_PER_RT_HZ = 100e-6;
    /** Least noise granted a rest's whole average, g: what a long rest holds besides white noise. */
    private static final double AVERAGE_NOISE_FLOOR_G = 10e-6;
    /** Turns whose tangent is under this are the tangent (error under 3e-7 rad). */
    private static final double SMALL_TURN_TAN = 0.01;

    private final double[][] normal = new double[3][3];
    private final double[] rhs = new double[3];
    private double by;
    private double bz;
    // the latest rest's first reading, until its whole average replaces it
    private boolean firstReadingPending;
    private double firstAy;
    private double firstAz;
    /** Posterior covariance of (b_y, b_z), g². */
    private double pyy;
    private double pyz;
    private double pzz;

    GravityCircle() {
        normal[1][1] = 1 / (PRIOR_BIAS_G * PRIOR_BIAS_G);
        normal[2][2] = 1 / (PRIOR_BIAS_G * PRIOR_BIAS_G);
        solve();
    }

    /**
     * Adds the gravity reading at a rest just reached (ay, az in g, averaged over 0.1 s): what is
     * known of it now, so that the rest is placed with it at once. Its whole average replaces it
     * when the rest ends ({@link #addAverage}).
     */
    void addRest(double ayG, double azG) {
        addRow(ayG, azG, 1 / (ROW_NOISE_G2 * ROW_NOISE_G2));
        firstReadingPending = true;
        firstAy = ayG;
        firstAz = azG;
        solve();
    }

    /**
     * Adds the whole average of a rest that ended, or of a part of it that a creep cut off (ay, az
     * in g, spanning {@code spanUs}), weighted by its noise: a few seconds of readings place the
     * circle's points ten times better than 0.1 s. The first one after {@link #addRest} takes that
     * rest's first reading out. Averages under 0.1 s are left out (the first reading stays).
     * Why: a rest's first reading alone is noisy; a whole rest's average places its point on the
     * circle, and so the rests, several times better.
     */
    void addAverage(double ayG, double azG, long spanUs) {
        if (spanUs < RestAverages.AVERAGE_MIN_US) { // no steadier than the first reading
            return;
        }
        if (firstReadingPending) {
            addRow(firstAy, firstAz, -1 / (ROW_NOISE_G2 * ROW_NOISE_G2));
            firstReadingPending = false;
        }
        double noiseG = Math.max(AVERAGE_NOISE_FLOOR_G, NOISE_DENSITY_G_PER_RT_HZ / Math.sqrt(2 * spanUs * 1e-6));
        double rowNoiseG2 = 2 * noiseG; // |m|² ≈ 1 moves by 2·δm
        addRow(ayG, azG, 1 / (rowNoiseG2 * rowNoiseG2));
        solve();
    }

    private void addRow(double ayG, double azG, double w) {
        double[] x = {1, 2 * ayG, 2 * azG};
        double y = ayG * ayG + azG * azG;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                normal[i][j] += w * x[i] * x[j];
            }
            rhs[i] += w * x[i] * y;
        }
    }

    /** The roller's angle from a gravity reading at rest, bias removed, rad. */
    double angle(double ayG, double azG) {
        return Math.atan2(ayG - by, azG - bz);
    }

    /**
     * The turn from one gravity reading to another, bias removed, rad in (−π, π]. Without an
     * arctangent for the small turns it mostly measures (sample to sample, within a rest): there
     * the tangent of the turn, cross over dot, is the turn to within its cube over three.
     */
    double turn(double fromAyG, double fromAzG, double toAyG, double toAzG) {
        double y1 = fromAyG - by;
        double z1 = fromAzG - bz;
        double y2 = toAyG - by;
        double z2 = toAzG - bz;
        double cross = z1 * y2 - y1 * z2;
        double dot = y1 * y2 + z1 * z2;
        if (dot > 0 && Math.abs(cross) < SMALL_TURN_TAN * dot) {
            return cross / dot;
        }
        return Math.atan2(cross, dot);
    }

    /**
     * How far the bias that is left may bend a rotation measured by gravity from angle
     * {@code fromRad} to {@code toRad} (one standard deviation), rad: the bias's tangential part
     * changes by (cos θ₂ − cos θ₁, −(sin θ₂ − sin θ₁))·δb.
     */
    double rotationDoubtRad(double fromRad, double toRad) {
        double cy = Math.cos(toRad) - Math.cos(fromRad);
        double cz = -(Math.sin(toRad) - Math.sin(fromRad));
        double var = cy * cy * pyy + 2 * cy * cz * pyz + cz * cz * pzz;
        return Math.sqrt(Math.max(0, var));
    }

    double biasYG() {
        return by;
    }

    double biasZG() {
        return bz;
    }

    /**
     * Fits with the radius loose first; if that radius is within {@link #RADIUS_SIGMAS} of 1 g, fits
     * again with it held near 1 g. Why: over a short arc of rests (a session that stays within a
     * few centimetres of where it began) the radius and the bias along the arc's middle look alike,
     * and the loose fit then places rests far from the arc several times worse than the held one;
     * an accelerometer with a gain error of a few per cent (outside the model) shows its radius
     * over a wider arc, and then holding it at 1 g would bend every angle.
     */
    private void solve() {
        Fit loose = fit(PRIOR_C_LOOSE);
        double radiusOff = loose.c - (1 - (loose.by * loose.by + loose.bz * loose.bz));
        boolean oneG = Math.abs(radiusOff) <= RADIUS_SIGMAS * Math.sqrt(loose.varC + PRIOR_C_ONE_G * PRIOR_C_ONE_G);
        Fit f = oneG ? fit(PRIOR_C_ONE_G) : loose;
        by = f.by;
        bz = f.bz;
        pyy = f.pyy;
        pyz = f.pyz;
        pzz = f.pzz;
    }

    /** One fit: c, the bias (g), and the posterior variances of c and of the bias (g²). */
    private record Fit(double c, double by, double bz, double varC, double pyy, double pyz, double pzz) {
    }

    /** The circle of the rests so far, with c's prior spread {@code priorC} around 1 − |b|². */
    private Fit fit(double priorC) {
        // the prior keeps the normal equations positive definite; its mean for c, 1 − |b|², moves
        // with the bias, so solve again from the last answer (|b|² is under 0.0032: three passes settle it)
        double[][] n = new double[3][];
        for (int i = 0; i < 3; i++) {
            n[i] = normal[i].clone();
        }
        n[0][0] += 1 / (priorC * priorC);
        double[][] inv = MatrixUtils.inverse(MatrixUtils.createRealMatrix(n)).getData();
        double fy = by;
        double fz = bz;
        double c = 1;
        for (int iter = 0; iter < 3; iter++) {
            double[] r = rhs.clone();
            r[0] += (1 - (fy * fy + fz * fz)) / (priorC * priorC);
            double[] p = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    p[i] += inv[i][j] * r[j];
                }
            }
            c = p[0];
            fy = p[1];
            fz = p[2];
        }
        return new Fit(c, fy, fz, inv[0][0], inv[1][1], inv[1][2], inv[2][2]);
    }
}
