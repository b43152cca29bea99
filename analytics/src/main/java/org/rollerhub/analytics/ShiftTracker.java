package org.rollerhub.analytics;

/**
 * Segment shifts: outside reps and while loaded, the roller rolls from one resting position
 * (still for the rest time) to the next, and the contact point moves at least the minimum, net.
 * A motion episode runs from leaving one rest to reaching the next; one that overlaps a rep, or
 * that did not begin at a known rest, is not a shift. A fidget that rolls out and back nets
 * little and is not a shift. Not thread-safe.
 */
final class ShiftTracker {
    private final double minCm;
    private final long restUs;
    private final ContactPosition position;

    private boolean haveRest;
    private double restS;
    private double restTheta;
    private boolean moving;
    private long motionStartUs;
    private boolean contaminated;

    ShiftTracker(double minCm, double restSeconds, ContactPosition position) {
        this.minCm = minCm;
        this.restUs = (long) (restSeconds * 1e6);
        this.position = position;
    }

    /** A new session: no rest known yet. */
    void reset() {
        haveRest = false;
        moving = false;
    }

    /**
     * Takes the state after one IMU sample at {@code tUs}; returns a shift (with device times) if
     * one just ended, else null.
     *
     * @param repBusy a rep is under way (or may be: the load is above the rise threshold)
     */
    Detected onImu(long tUs, boolean repBusy) {
        RollTracker roll = position.roll();
        boolean atRest = roll.stillForUs() >= restUs;
        if (!moving) {
            if (roll.still()) {
                if (atRest) {
                    haveRest = true;
                    restS = position.sNow();
                    restTheta = roll.theta();
                }
            } else {
                moving = true;
                motionStartUs = tUs;
                contaminated = repBusy || !haveRest;
            }
            return null;
        }
        contaminated |= repBusy;
        if (!atRest) {
            return null;
        }
        moving = false;
        double s = position.sNow();
        double net = s - restS;
        Detected d = null;
        if (!contaminated && Math.abs(net) >= minCm) {
            // the roll began when the rotation last left the resting angle (the still threshold trips a little later)
            double tol = 0.01 / position.radiusCm();
            long began = roll.lastTimeNear(restTheta, tol, motionStartUs, motionStartUs - 2_000_000);
            if (Boolean.getBoolean("roller.debug")) {
                System.err.printf("shift from %.3f to %.3f%n", restS, s);
            }
            d = new Detected(began, tUs, position.levelAt(restS), position.levelAt(s), net);
        }
        haveRest = true;
        restS = s;
        restTheta = roll.theta();
        return d;
    }

    /** A shift found: began at {@code beganUs}, ended at rest at {@code restedUs}. */
    record Detected(long beganUs, long restedUs, Level from, Level to, double distanceCm) {
    }
}
