package org.rollerhub.analytics;

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
 * (c, b_y, b_z), so each rest adds one row to 3×3 normal equations. A prior (c ≈ 1, b ≈ 0 within
 * the model's ±40 mg) keeps the answer sane while the rests cover only a short arc; the radius is
 * left free because a tilted axis or an accelerometer's gain error shrinks or stretches it without
 * bending angles. All in g. Not thread-safe.
 */
final class GravityCircle {
    /** Spread of the bias per axis before any rest, g (the model's ±40 mg). */
    private static final double PRIOR_BIAS_G = 0.04;
    /** Spread of c = r² − |b|² before any rest: gain error and axis tilt of a few per cent. */
    private static final double PRIOR_C = 0.04;
    /** Noise of |m|² at one rest (the reading averaged over 0.1 s, quantised), g². */
    private static final double ROW_NOISE_G2 = 0.001;
    /** Turns whose tangent is under this are the tangent (error under 3e-7 rad). */
    private static final double SMALL_TURN_TAN = 0.01;

    private final double[][] normal = new double[3][3];
    private final double[] rhs = new double[3];
    private double by;
    private double bz;
    /** Posterior covariance of (b_y, b_z), g². */
    private double pyy;
    private double pyz;
    private double pzz;

    GravityCircle() {
        normal[0][0] = 1 / (PRIOR_C * PRIOR_C);
        rhs[0] = 1 / (PRIOR_C * PRIOR_C); // c ≈ 1
        normal[1][1] = 1 / (PRIOR_BIAS_G * PRIOR_BIAS_G);
        normal[2][2] = 1 / (PRIOR_BIAS_G * PRIOR_BIAS_G);
        solve();
    }

    /** Adds the gravity reading at one rest (ay, az in g). */
    void addRest(double ayG, double azG) {
        double w = 1 / (ROW_NOISE_G2 * ROW_NOISE_G2);
        double[] x = {1, 2 * ayG, 2 * azG};
        double y = ayG * ayG + azG * azG;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                normal[i][j] += w * x[i] * x[j];
            }
            rhs[i] += w * x[i] * y;
        }
        solve();
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

    private void solve() {
        // the prior keeps the normal equations positive definite
        double[][] inv = MatrixUtils.inverse(MatrixUtils.createRealMatrix(normal)).getData();
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                p[i] += inv[i][j] * rhs[j];
            }
        }
        by = p[1];
        bz = p[2];
        pyy = inv[1][1];
        pyz = inv[1][2];
        pzz = inv[2][2];
    }
}
