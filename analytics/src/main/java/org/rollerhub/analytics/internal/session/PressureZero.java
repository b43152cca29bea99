package org.rollerhub.analytics.internal.session;

import org.rollerhub.analytics.internal.signal.RecentStates;

/**
 * The cells' summed zero, N: what they read with nobody on the roller. Followed while the roller
 * is unloaded (an exponential average, as the cells drift). It also tells how the zero stood a
 * moment before a session started: the last moments before the load passes the loaded threshold
 * are already the rider lying down (0–40 N, under the unloaded threshold), which raises the
 * followed zero by a few newtons, enough to put the start 20 ms late. Not thread-safe.
 */
public final class PressureZero {
    /** How far back a start takes the zero, µs: lying down spends up to about a second under 40 N. */
    private static final long ROLLBACK_US = 1_500_000;

    private final double tauUs;
    private final RecentStates history = new RecentStates(40, 100_000, 1);
    private double zeroN = Double.NaN;

    /** @param tauSeconds time constant of the follower, s */
    public PressureZero(double tauSeconds) {
        this.tauUs = tauSeconds * 1e6;
    }

    public boolean known() {
        return !Double.isNaN(zeroN);
    }

    /** The current zero, N (0 before the first reading). */
    public double valueN() {
        return known() ? zeroN : 0;
    }

    /** Sets the zero (the first reading, or a correction measured after a session), N. */
    public void set(long tUs, double zeroN) {
        this.zeroN = zeroN;
        history.clear();
        history.offer(tUs, zeroN);
    }

    /** Follows an unloaded reading {@code rawN} that came {@code dtUs} after the previous one. */
    public void follow(long tUs, double rawN, long dtUs) {
        zeroN += (rawN - zeroN) * Math.min(1.0, dtUs / tauUs);
        history.offer(tUs, zeroN);
    }

    /**
     * The zero as it stood a moment before {@code startUs}, N: before the rider began lying down
     * (the current value may have followed the first newtons of that).
     */
    public double valueBefore(long startUs) {
        double[] before = history.atOrBefore(startUs - ROLLBACK_US);
        if (before == null) {
            before = history.oldest();
        }
        return before != null ? before[0] : valueN();
    }
}
