package org.rollerhub.sim;

/**
 * A smooth change of one quantity by {@code delta} over {@code [startS, startS + durationS]}, along
 * a cubic smoothstep (3u² − 2u³): value and rate are continuous, the acceleration steps at the
 * ends as a push does. (A quintic would start so gently that the first tenth of the movement
 * hardly shows, putting every "when it began" later than people and the sample labels do.)
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
        return u * u * (3 - 2 * u);
    }

    /** d shape / du. */
    static double slope(double u) {
        return 6 * u * (1 - u);
    }

    /** d² shape / du². */
    static double curvature(double u) {
        return 6 - 12 * u;
    }
}
