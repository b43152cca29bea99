package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.Level;

/**
 * The contact point's position along the back, {@code s} in cm (toward the head positive, 0 at
 * the session's start), from the roller's rotation: s = r·(θ − θ at the session start), and its
 * level on the spine map. Not thread-safe.
 */
public final class ContactPosition {
    private final RollTracker roll;
    private final SpineMap spine;
    private final double radiusCm;
    private double thetaAtStart;

    public ContactPosition(RollTracker roll, SpineMap spine, double diameterMm) {
        this.roll = roll;
        this.spine = spine;
        this.radiusCm = diameterMm / 20.0;
    }

    /** Makes {@code tUs} the origin (s = 0 at the session's start). */
    public void zeroAt(long tUs) {
        thetaAtStart = roll.thetaAt(tUs);
    }

    public double sNow() {
        return sOf(roll.theta());
    }

    public double sAt(long tUs) {
        return sOf(roll.thetaAt(tUs));
    }

    /** Smallest s over [from, to] (furthest toward the feet). */
    public double minSBetween(long fromUs, long toUs) {
        return radiusCm * (roll.minThetaBetween(fromUs, toUs) - thetaAtStart);
    }

    /** Largest s over [from, to] (furthest toward the head). */
    public double maxSBetween(long fromUs, long toUs) {
        return radiusCm * (roll.maxThetaBetween(fromUs, toUs) - thetaAtStart);
    }

    /** s for the roller's angle {@code thetaRad}, cm. */
    public double sOf(double thetaRad) {
        return radiusCm * (thetaRad - thetaAtStart);
    }

    /** How far {@code sCm} is from the nearer zone edge (top of T1 or bottom of T12), cm. */
    public double toZoneEdgeCm(double sCm) {
        return Math.min(Math.abs(sCm - spine.neckEdgeCm()), Math.abs(sCm - spine.lumbarEdgeCm()));
    }

    /** Where the neck zone begins (top of T1), cm. */
    public double neckEdgeCm() {
        return spine.neckEdgeCm();
    }

    /** Where the lumbar zone begins (bottom of T12), cm. */
    public double lumbarEdgeCm() {
        return spine.lumbarEdgeCm();
    }

    public Level levelAt(double sCm) {
        return spine.levelAt(sCm);
    }

    public double radiusCm() {
        return radiusCm;
    }

    RollTracker roll() {
        return roll;
    }
}
