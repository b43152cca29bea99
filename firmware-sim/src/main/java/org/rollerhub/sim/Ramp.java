package org.rollerhub.sim;

/**
 * A smooth change of one quantity by {@code delta} over {@code [startS, startS + durationS]}, along
 * a quintic smoothstep, so that value, rate and acceleration are all continuous.
 *
 * @param startS when the change begins, seconds from the capture's start
 * @param durationS how long it takes, seconds (> 0)
 * @param delta the total change, in the channel's unit
 */
public record Ramp(double startS, double durationS, double delta) {
    public Ramp {
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("ramp duration must be positive: " + durationS);
        }
    }

    public double endS() {
        return startS + durationS;
    }

    /** Share of the change done at progress u (0..1). */
    static double shape(double u) {
        return u * u * u * (10 - 15 * u + 6 * u * u);
    }

    /** d shape / du. */
    static double slope(double u) {
        return 30 * u * u * (1 - u) * (1 - u);
    }

    /** d² shape / du². */
    static double curvature(double u) {
        return 60 * u - 180 * u * u + 120 * u * u * u;
    }
}
