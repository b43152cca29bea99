package org.rollerhub.sim;

/**
 * How the simulated body moves and breathes, beyond what the scenario scripts: for measuring how
 * the analytics hold up when the roller's user is not the simulator's default. The default,
 * {@link #STEADY}, is what every seed's capture has always been.
 *
 * @param rampShape the shape of every movement (lying down, reps, shifts, fidgets)
 * @param breathWanderFraction how far the breathing strays from a steady sine, 0..0.5: its rate
 *     wanders by ± this fraction (over a 47 s cycle) and its swing by ± 1.5 times it (over 23 s);
 *     0 for a steady sine
 */
public record MovementStyle(RampShape rampShape, double breathWanderFraction) {
    /** Smoothstep movements, steady breathing. */
    public static final MovementStyle STEADY = new MovementStyle(RampShape.SMOOTHSTEP, 0);

    /** Cycle of the breathing rate's wander, s. */
    static final double RATE_WANDER_PERIOD_S = 47;
    /** Cycle of the breathing swing's wander, s. */
    static final double SWING_WANDER_PERIOD_S = 23;
    /** The swing wanders this many times as far as the rate. */
    static final double SWING_WANDER_RATIO = 1.5;

    public MovementStyle {
        if (rampShape == null) {
            throw new IllegalArgumentException("a movement style needs a ramp shape");
        }
        if (!(breathWanderFraction >= 0 && breathWanderFraction <= 0.5)) {
            throw new IllegalArgumentException("breathing wander must be 0..0.5, not " + breathWanderFraction);
        }
    }

    public MovementStyle withRampShape(RampShape shape) {
        return new MovementStyle(shape, breathWanderFraction);
    }

    public MovementStyle withBreathWander(double fraction) {
        return new MovementStyle(rampShape, fraction);
    }
}
