package org.rollerhub.sim;

/** One step of a session's choreography, done by the person lying on the roller. */
public sealed interface Action {

    /**
     * Lying still in neutral (breathing goes on).
     *
     * @param seconds how long
     */
    record Rest(double seconds) implements Action {
    }

    /**
     * An extension rep: the load rises, holds on a plateau, and returns to baseline.
     *
     * @param riseS rise time, s
     * @param plateauS plateau (hold) time, s
     * @param returnS return time, s
     * @param liftFractionBw load rise as a fraction of body weight
     * @param moveCm contact movement during the rise, cm, + toward the head (compensated: −1.5..−3)
     * @param moveBackShare share of that movement undone during the return (0..1; 0 for compensated)
     */
    record Rep(double riseS, double plateauS, double returnS, double liftFractionBw, double moveCm,
               double moveBackShare) implements Action {
    }

    /**
     * A segment shift: the user rolls the roller to a new resting position.
     *
     * @param distanceCm net contact movement, cm, + toward the head
     * @param seconds how long the roll takes
     * @param loadBumpFractionBw the load change while rolling, fraction of body weight (|x| ≤ 0.03: the model keeps a shift's load within 3 % of body weight of F0)
     */
    record Shift(double distanceCm, double seconds, double loadBumpFractionBw) implements Action {
    }

    /**
     * A fidget: a small roll out and back and a load wobble; neither a rep nor a shift.
     *
     * @param rollCm how far the contact rolls out before coming back, cm (|x| < 0.5)
     * @param wobbleFractionF0 load wobble as a fraction of F0 (|x| < 0.08)
     * @param seconds how long the whole fidget takes
     */
    record Fidget(double rollCm, double wobbleFractionF0, double seconds) implements Action {
    }

    /**
     * Load moving sideways across the cells.
     *
     * @param offsetMm change of the load's centre along the roller, mm, + toward the L end
     * @param seconds how long it takes
     */
    record Lean(double offsetMm, double seconds) implements Action {
    }
}
