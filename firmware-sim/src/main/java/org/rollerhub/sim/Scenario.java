package org.rollerhub.sim;

import java.util.List;

/**
 * A whole capture to simulate: the setup, the idle time before the first session, and the
 * sessions in order.
 *
 * @param setup rider and roller
 * @param leadInS idle time, roller unloaded, before the first session, s
 * @param thetaStartRad the roller's angle about X when the capture begins, rad
 * @param sessions the sessions, one after another
 */
public record Scenario(SimSetup setup, double leadInS, double thetaStartRad, List<SessionPlan> sessions) {
    public Scenario {
        sessions = List.copyOf(sessions);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one session");
        }
    }

    public Scenario withSetup(SimSetup s) {
        return new Scenario(s, leadInS, thetaStartRad, sessions);
    }
}
