package org.rollerhub.sim;

import java.util.List;

/**
 * One session: how the person gets on, what they do, and how they get off.
 *
 * @param f0FractionBw baseline load lying in neutral, fraction of body weight (0.25–0.35)
 * @param f0DriftFraction change of the baseline over the whole session, fraction of F0 (settling)
 * @param breathHz breathing rate, Hz (0.15–0.35)
 * @param breathSwingFractionBw breathing's peak-to-peak load swing, fraction of body weight (0.02–0.06: amplitude 1–3 %)
 * @param lateralOffsetMm where the load's centre lies along the roller at the start, mm from the middle
 * @param lieDownS how long lying down takes, s
 * @param getOffS how long getting off takes, s
 * @param awayS time off the roller after this session, s (at least 6, so the session's end is seen)
 * @param nudgeCm how far the unloaded roller is nudged while away, cm of its surface
 * @param actions the choreography between lying down and getting off
 */
public record SessionPlan(
        double f0FractionBw,
        double f0DriftFraction,
        double breathHz,
        double breathSwingFractionBw,
        double lateralOffsetMm,
        double lieDownS,
        double getOffS,
        double awayS,
        double nudgeCm,
        List<Action> actions) {

    public SessionPlan {
        actions = List.copyOf(actions);
    }
}
