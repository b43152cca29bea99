package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.Level;

/**
 * Segment shifts: outside reps and while loaded, the roller rolls from one resting position
 * (still for the rest time) to the next, and the contact point moves at least the minimum, net.
 * A motion episode runs from leaving one rest to reaching the next; one that did not begin at a
 * known rest, or that overlaps the session's end, is not a shift. One that overlaps a rep
 * candidate is reported with the candidates it overlapped, and is a shift only if none of them
 * turns out to be a rep (a shift's load bump, with a breath, can cross the rise threshold). A
 * fidget that rolls out and back nets little and is not a shift. Not thread-safe.
 */
public final class ShiftTracker {
    private final double minCm;
    private final long restUs;
    private final ContactPosition position;

    private boolean haveRest;
    private double restS;
    private double restTheta;
    private boolean moving;
    private boolean restCurrent; // at rest as of the previous sample
    private long motionStartUs;
    private boolean contaminated;
    /** The first and last rep candidates the episode overlapped (numbers; 0 when none). */
    private long firstCandidate;
    private long lastCandidate;
    private long segmentStartUs;
    private double segmentTheta;
    private long bestSegmentStartUs;
    private double bestSegmentRad;
    private long prevStillForUs;
    /** A stillness this long inside a motion episode separates two rolls, µs. */
    private static final long PAUSE_US = 200_000;

    public ShiftTracker(double minCm, double restSeconds, ContactPosition position) {
        this.minCm = minCm;
        this.restUs = (long) (restSeconds * 1e6);
        this.position = position;
    }

    /** A new session: no rest known yet. */
    public void reset() {
        haveRest = false;
        moving = false;
        restCurrent = false;
    }

    /**
     * Takes the state after one IMU sample at {@code tUs}; returns a shift (with device times) if
     * one just ended, else null.
     *
     * @param repCandidate the rep candidate under way (its number; the load is above the rise
     *     threshold), or 0 when none is
     * @param excluded no shift may overlap this moment (the session may be ending)
     */
    public Detected onImu(long tUs, long repCandidate, boolean excluded) {
        RollTracker roll = position.roll();
        boolean atRest = roll.stillForUs() >= restUs;
        if (!moving) {
            if (roll.still()) {
                if (atRest) {
                    haveRest = true;
                    restS = position.sNow();
                    restTheta = roll.theta();
                }
                restCurrent = atRest;
            } else {
                if (restCurrent) {
                    // the rest's last moments already hold the roll's start (see RollTracker#leaveRest)
                    long before = tUs - RollTracker.REST_TAIL_US - 50_000;
                    restS = position.sAt(before);
                    restTheta = roll.thetaAt(before);
                }
                moving = true;
                motionStartUs = tUs;
                segmentStartUs = tUs;
                segmentTheta = restTheta;
                bestSegmentStartUs = tUs;
                bestSegmentRad = -1;
                prevStillForUs = 0;
                contaminated = excluded || !haveRest;
                firstCandidate = 0;
                lastCandidate = 0;
                overlap(repCandidate);
            }
            return null;
        }
        contaminated |= excluded;
        overlap(repCandidate);
        if (!roll.still() && prevStillForUs >= PAUSE_US) {
            // rolling again after a pause: the episode holds several rolls; the shift is the largest
            closeSegment(roll.theta());
            segmentStartUs = tUs;
            segmentTheta = roll.theta();
        }
        prevStillForUs = roll.stillForUs();
        if (!atRest) {
            return null;
        }
        moving = false;
        restCurrent = true;
        closeSegment(roll.theta());
        double s = position.sNow();
        double net = s - restS;
        Detected d = null;
        if (!contaminated && Math.abs(net) >= minCm) {
            // the roll began when the rotation last left the resting angle (the still threshold trips a little later)
            double tol = 0.01 / position.radiusCm();
            long began = bestSegmentStartUs == motionStartUs
                    ? roll.lastTimeNear(restTheta, tol, motionStartUs, motionStartUs - 2_000_000)
                    : roll.lastTimeNear(roll.thetaAt(bestSegmentStartUs - 150_000), tol, bestSegmentStartUs,
                            bestSegmentStartUs - 1_000_000);
            d = new Detected(began, tUs, tUs - restUs, position.levelAt(restS), position.levelAt(s), net,
                    motionStartUs, firstCandidate, lastCandidate);
        }
        haveRest = true;
        restS = s;
        restTheta = roll.theta();
        return d;
    }

    private void overlap(long repCandidate) {
        if (repCandidate != 0) {
            if (firstCandidate == 0) {
                firstCandidate = repCandidate;
            }
            lastCandidate = repCandidate;
        }
    }

    private void closeSegment(double thetaNow) {
        double rad = Math.abs(thetaNow - segmentTheta);
        if (rad > bestSegmentRad) {
            bestSegmentRad = rad;
            bestSegmentStartUs = segmentStartUs;
        }
    }

    /**
     * A shift found: began at {@code beganUs}, ended at rest at {@code restedUs} (the roller still
     * since {@code stillUs}), its motion episode started at {@code motionStartUs}; a shift only if none of the rep candidates
     * {@code firstCandidate..lastCandidate} becomes a rep that overlaps the episode (0..0: none
     * overlapped).
     */
    public record Detected(long beganUs, long restedUs, long stillUs, Level from, Level to, double distanceCm, long motionStartUs,
            long firstCandidate, long lastCandidate) {
        public boolean overlappedCandidates() {
            return lastCandidate != 0;
        }
    }
}
