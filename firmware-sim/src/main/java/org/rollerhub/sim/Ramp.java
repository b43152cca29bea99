package org.rollerhub.sim;

/**
 * A smooth change of one quantity by {@code delta} over {@code [startS, startS + durationS]}, along
 * its channel's {@link RampShape}: value and rate are continuous. (By default a cubic smoothstep,
 * whose acceleration steps at the ends as a push does; a minimum-jerk quintic starts so gently
 * that the first tenth of the movement hardly shows, putting every "when it began" later than
 * people and the sample labels do.)
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
}
