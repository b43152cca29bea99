package org.rollerhub.hub.testing;

import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.Scenario;
import org.rollerhub.sim.Simulator;
import org.rollerhub.sim.live.LiveRoller;

/** Simulated live rollers for hub tests. */
public final class SimRollers {
    private SimRollers() {
    }

    /**
     * The seeded roller, with its idle lead-in lengthened by {@code extraLeadInRealS} seconds of
     * real time, so that a hub started after it (a child JVM takes a second or two) is connected
     * before the first session begins. Not started.
     */
    public static LiveRoller withLeadIn(long seed, double speed, double extraLeadInRealS) {
        Scenario s = Simulator.scenario(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN));
        Scenario longer = new Scenario(s.setup(), s.leadInS() + extraLeadInRealS * speed, s.thetaStartRad(), s.sessions());
        return LiveRoller.of(longer, seed, speed, null);
    }
}
