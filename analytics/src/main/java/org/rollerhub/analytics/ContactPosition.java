package org.rollerhub.analytics;

/**
 * The contact point's position along the back, {@code s} in cm (toward the head positive, 0 at
 * the session's start), from the roller's rotation: s = r·(θ − θ at the session start), and its
 * level on the spine map. Not thread-safe.
 */
final class ContactPosition {
    private final RollTracker roll;
    private final SpineMap spine;
    private final double radiusCm;
    private double thetaAtStart;

    ContactPosition(RollTracker roll, SpineMap spine, double diameterMm) {
        this.roll = roll;
        this.spine = spine;
        this.radiusCm = diameterMm / 20.0;
    }

    /** Makes {@code tUs} the origin (s = 0 at the session's start). */
    void zeroAt(long tUs) {
        thetaAtStart = roll.thetaAt(tUs);
    }

    double sNow() {
        return sOf(roll.theta());
    }

    double sAt(long tUs) {
        return sOf(roll.thetaAt(tUs));
    }

    /** Smallest s over [from, to] (furthest toward the feet). */
    double minSBetween(long fromUs, long toUs) {
        return radiusCm * (roll.minThetaBetween(fromUs, toUs) - thetaAtStart);
    }

    /** Largest s over [from, to] (furthest toward the head). */
    double maxSBetween(long fromUs, long toUs) {
        return radiusCm * (roll.maxThetaBetween(fromUs, toUs) - thetaAtStart);
    }

    /** s for the roller's angle {@code thetaRad}, cm. */
    double sOf(double thetaRad) {
        return radiusCm * (thetaRad - thetaAtStart);
    }

    /** How far {@code sCm} is from the nearer zone edge (top of T1 or bottom of T12), cm. */
    double toZoneEdgeCm(double sCm) {
        return Math.min(Math.abs(sCm - spine.neckEdgeCm()), Math.abs(sCm - spine.lumbarEdgeCm()));
    }

    /** Where the neck zone begins (top of T1), cm. */
    double neckEdgeCm() {
        return spine.neckEdgeCm();
    }

    /** Where the lumbar zone begins (bottom of T12), cm. */
    double lumbarEdgeCm() {
        return spine.lumbarEdgeCm();
    }

    Level levelAt(double sCm) {
        return spine.levelAt(sCm);
    }

    double radiusCm() {
        return radiusCm;
    }

    RollTracker roll() {
        return roll;
    }
}
