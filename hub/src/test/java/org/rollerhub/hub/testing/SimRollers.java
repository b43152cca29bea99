package org.rollerhub.hub.testing;

import org.rollerhub.sim.GenerateOptions;
import org.rollerhub.sim.LinkKind;
import org.rollerhub.sim.Scenario;
import org.rollerhub.sim.SimSetup;
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
        return lengthened(clean(seed), seed, speed, extraLeadInRealS);
    }

    /**
     * As {@link #withLeadIn(long, double, double)}, with the rider's stature and start level
     * replaced: one hub has one user's settings, so rollers read together must share them.
     */
    public static LiveRoller withLeadIn(long seed, double speed, double extraLeadInRealS, double statureCm,
            String startLevel) {
        Scenario s = clean(seed);
        SimSetup u = s.setup();
        SimSetup rider = new SimSetup(u.massKg(), statureCm, startLevel, u.diameterMm(), u.lengthMm(), u.cells(),
                u.imuHz(), u.pressureHz(), u.accelRangeG(), u.gyroRangeDps(), u.deviceId(), u.deviceT0Us(), u.link());
        return lengthened(s.withSetup(rider), seed, speed, extraLeadInRealS);
    }

    private static Scenario clean(long seed) {
        return Simulator.scenario(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN));
    }

    private static LiveRoller lengthened(Scenario s, long seed, double speed, double extraLeadInRealS) {
        Scenario longer = new Scenario(s.setup(), s.leadInS() + extraLeadInRealS * speed, s.thetaStartRad(), s.sessions());
        return LiveRoller.of(longer, seed, speed, null);
    }

    /** The device id the seeded roller announces, as 16 hex digits. */
    public static String deviceIdHex(long seed) {
        return String.format("%016x", Simulator.scenario(seed, GenerateOptions.defaults()).setup().deviceId());
    }
}
