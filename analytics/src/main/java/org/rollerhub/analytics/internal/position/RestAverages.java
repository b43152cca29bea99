package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.internal.signal.RecentStates;

/**
 * The raw gravity readings of each rest of the roller, averaged, so that the rest can be placed
 * afresh later by gravity alone ({@link #turn}), with the accelerometer's bias as known by then.
 * Each average, once its rest or part ends, also goes to the {@link GravityCircle} that learns
 * that bias.
 * The live angle at a rest carries what the rolls before it gathered; a whole rest's average does
 * not, and its noise falls with the rest's length (100 µg/√Hz: 0.07 mrad over 2 s).
 *
 * <ul>
 *   <li>A rest's readings begin where the roller stopped (its rate, averaged over 20 ms, under
 *       0.2 °/s), not where {@link RollTracker}'s rest test trips half a second later.
 *   <li>The readings of a rest's last {@code tailUs}, which already hold the next motion, are left out.
 *   <li>A creep within a rest (a rep's contact sliding slower than the rest test sees) cuts it into
 *       parts, each averaged on its own, so that each stands for where the contact was. A creep
 *       slower than that still shows in the straight line through a part's readings
 *       ({@link Rest#ayAt}, {@link #trendTurn}), with how far its ends may differ by noise alone.
 * </ul>
 * Fixed memory: the current rest and the last {@value #CLOSED_KEPT} closed. Not thread-safe.
 */
public final class RestAverages {
    /** Closed rests kept for {@link #rest}: a caller asks for a rest soon after the next one began. */
    private static final int CLOSED_KEPT = 4;
    /**
     * How far the recent gravity reading (averaged over {@link #RECENT_TAU_US}) may turn from a
     * part's average so far before the part is closed, rad: four to five times that reading's noise
     * (0.1-0.13 mrad at 100-140 µg/√Hz), so a still roller is seldom cut, while a creep of 0.03 mm
     * is.
     */
    private static final double SPLIT_RAD = 5e-4;
    /** Time constant of the recent gravity reading a part's average is checked against, µs. */
    private static final double RECENT_TAU_US = 300_000;
    private static final double PER_RECENT_TAU_US = 1 / RECENT_TAU_US;
    /** How long a part lasts before it may be cut: its average is then steadier than the recent reading, µs. */
    private static final long PART_MIN_US = 250_000;
    /** How often a part is checked for a creep, µs (at 1 kHz, each check is a few divisions per sample otherwise). */
    private static final long CHECK_EVERY_US = 20_000;
    /**
     * Least span of readings for an average to count, µs: fewer are no steadier than the live angle
     * (one reading at 100 Hz is 0.7 mrad of noise, several hundredths of a millimetre).
     */
    static final long AVERAGE_MIN_US = 100_000;
    /** Noise of the turn between two rests' averages, rad (each a fraction of a second or more of readings). */
    private static final double AVERAGE_NOISE_RAD = 5e-5;
    /**
     * Doubt of the turn between two rests by their live angles, rad: what the rolls and the fusions
     * between them leave, up to several tenths of a millimetre early in a capture (6 mrad is 0.36 mm
     * at r = 6 cm). Where gravity's own doubt is larger (the bias still unknown along that turn),
     * the live angles count more; the placing is not sensitive to the exact value.
     */
    private static final double LIVE_TURN_DOUBT_RAD = 6e-3;
    /** Recent states kept to go back over a rest's tail: 8 every 50 ms, as {@link RollTracker}'s. */
    private static final int SNAPSHOTS = 8;
    private static final long SNAPSHOT_STEP_US = 50_000;
    /** What a snapshot holds: the part's sums, its count and the live angle (laid out by keepSums). */
    private static final int SUMS = 10;

    private final GravityCircle gravity;
    private final Rest[] closed = new Rest[CLOSED_KEPT];
    private final RecentStates recentSums = new RecentStates(SNAPSHOTS, SNAPSHOT_STEP_US, SUMS); // the sums, as kept

    private boolean inRest;
    private long id;
    private long reachedUs;
    private double thetaRad;
    // the current part (of a settling, before a rest is reached, or of a rest)
    private long partFirstUs;
    private long partLastUs;
    private final double[] snapshot = new double[SUMS];
    private double sumAy;
    private double sumAz;
    private long samples; // 0 while moving
    // for the straight line through the part's readings: τ is the time from its first reading, s
    private double sumT;
    private double sumTT;
    private double sumTAy;
    private double sumTAz;
    private double sumAyAy;
    private double sumAzAz;
    private double recentAy; // the part's recent reading
    private double recentAz;
    private double liveFirstRad; // the live angle at the part's first reading
    private double liveLastRad; // and at its latest
    private long checkedUs; // when the part was last checked for a creep
    private long offeredUs; // when the sums were last kept in recentSums (a part's first reading always is)

    RestAverages(GravityCircle gravity) {
        this.gravity = gravity;
    }

    /**
     * Takes one reading while no rest is reached: kept while the roller has {@code stopped}, for
     * the rest that may follow; forgotten when it moves, or when it creeps on.
     */
    void settling(long tUs, long dtUs, boolean stopped, double ayG, double azG, double liveRad) {
        if (!stopped) {
            samples = 0;
            return;
        }
        if (samples == 0 || dueForCheck(tUs) && crept()) {
            beginPart(tUs); // still creeping: what was read so far is not where it stops
        }
        add(tUs, dtUs, ayG, azG, liveRad);
    }

    /** A rest is reached at {@code tUs}: it holds the readings since the roller stopped, and this one. */
    void reached(long tUs, long dtUs, double ayG, double azG, double liveRad) {
        inRest = true;
        id++;
        reachedUs = tUs;
        if (samples == 0) {
            beginPart(tUs);
        }
        add(tUs, dtUs, ayG, azG, liveRad);
    }

    /** The live angle the rest was given when reached (after its fusions), rad. */
    void reachedAngle(double thetaRad) {
        this.thetaRad = thetaRad;
    }

    /** Takes one further reading at the rest; a creep closes the part so far and begins another. */
    void atRest(long tUs, long dtUs, double ayG, double azG, double liveRad) {
        if (dueForCheck(tUs) && crept()) {
            closePart();
            id++;
            beginPart(tUs);
        }
        add(tUs, dtUs, ayG, azG, liveRad);
    }

    /** The rest ended at {@code tUs}; its last {@code tailUs} already held the next motion. */
    void left(long tUs, long tailUs) {
        double[] before = recentSums.atOrBefore(tUs - tailUs);
        if (before != null) {
            restoreSums(before);
            partLastUs = recentSums.timeAtOrBefore(tUs - tailUs);
        } else {
            samples = 0; // every reading may hold the next motion
        }
        closePart();
        inRest = false;
        samples = 0;
        recentSums.clear();
    }

    /** Keeps the current rest or part as closed, and gives its average to the gravity circle (a point on it). */
    private void closePart() {
        Rest part = current();
        closed[(int) (id % CLOSED_KEPT)] = part;
        if (part.samples() > 0) { // the whole part teaches the bias better than the rest's first 0.1 s did
            gravity.addAverage(part.ayG(), part.azG(), part.lastUs() - part.firstUs());
        }
    }

    private void beginPart(long tUs) {
        samples = 0;
        sumAy = 0;
        sumAz = 0;
        sumT = 0;
        sumTT = 0;
        sumTAy = 0;
        sumTAz = 0;
        sumAyAy = 0;
        sumAzAz = 0;
        partFirstUs = tUs;
        recentSums.clear();
    }

    private void add(long tUs, long dtUs, double ayG, double azG, double liveRad) {
        sumAy += ayG;
        sumAz += azG;
        samples++;
        double tau = (tUs - partFirstUs) * 1e-6;
        sumT += tau;
        sumTT += tau * tau;
        sumTAy += tau * ayG;
        sumTAz += tau * azG;
        sumAyAy += ayG * ayG;
        sumAzAz += azG * azG;
        partLastUs = tUs;
        if (samples == 1) {
            liveFirstRad = liveRad;
        }
        liveLastRad = liveRad;
        // the recent reading: a running mean over the part's first readings, then a moving average
        // (multiplied, not divided: this runs for every reading at rest)
        double k = Math.min(1.0, dtUs * PER_RECENT_TAU_US);
        if (samples * k < 1) {
            k = 1.0 / samples;
        }
        recentAy += (ayG - recentAy) * k;
        recentAz += (azG - recentAz) * k;
        if (tUs - offeredUs >= SNAPSHOT_STEP_US || samples == 1) {
            keepSums(tUs);
            offeredUs = tUs;
        }
    }

    /** Keeps the part's sums as of {@code tUs} in {@link #recentSums}; {@link #restoreSums} reads them back. */
    private void keepSums(long tUs) {
        snapshot[0] = sumAy;
        snapshot[1] = sumAz;
        snapshot[2] = samples;
        snapshot[3] = liveLastRad;
        snapshot[4] = sumT;
        snapshot[5] = sumTT;
        snapshot[6] = sumTAy;
        snapshot[7] = sumTAz;
        snapshot[8] = sumAyAy;
        snapshot[9] = sumAzAz;
        recentSums.offer(tUs, snapshot);
    }

    /** Takes the part's sums back to a state {@link #keepSums} kept. */
    private void restoreSums(double[] kept) {
        sumAy = kept[0];
        sumAz = kept[1];
        samples = (long) kept[2];
        liveLastRad = kept[3];
        sumT = kept[4];
        sumTT = kept[5];
        sumTAy = kept[6];
        sumTAz = kept[7];
        sumAyAy = kept[8];
        sumAzAz = kept[9];
    }

    /** Whether the part is old enough to be cut and has not been checked for a while; if so, it counts as checked now. */
    private boolean dueForCheck(long tUs) {
        if (tUs - partFirstUs < PART_MIN_US || tUs - checkedUs < CHECK_EVERY_US) {
            return false;
        }
        checkedUs = tUs;
        return true;
    }

    /** Whether the recent reading has turned away from the part's average. */
    private boolean crept() {
        return samples > 0 && Math.abs(gravity.turn(sumAy / samples, sumAz / samples, recentAy, recentAz)) > SPLIT_RAD;
    }

    private Rest current() {
        if (samples == 0) {
            return new Rest(id, partFirstUs, partLastUs, 0, 0, thetaRad, 0, liveFirstRad, liveLastRad,
                    partFirstUs, 0, 0, Double.POSITIVE_INFINITY);
        }
        double n = samples;
        double ay = sumAy / n;
        double az = sumAz / n;
        double meanT = sumT / n;
        double spreadTT = sumTT - sumT * meanT; // Σ(τ − τ̄)²
        double slopeY = 0;
        double slopeZ = 0;
        double doubt = Double.POSITIVE_INFINITY;
        if (samples > 3 && spreadTT > 0) {
            slopeY = (sumTAy - meanT * sumAy) / spreadTT;
            slopeZ = (sumTAz - meanT * sumAz) / spreadTT;
            // scatter about the line, per reading and axis (g²), then the doubt of its ends' difference
            double residY = sumAyAy - ay * sumAy - slopeY * slopeY * spreadTT;
            double residZ = sumAzAz - az * sumAz - slopeZ * slopeZ * spreadTT;
            double perReading = Math.max(0, residY + residZ) / (2 * (n - 2));
            double spanS = (partLastUs - partFirstUs) * 1e-6;
            doubt = Math.sqrt(perReading / spreadTT) * spanS;
        }
        return new Rest(id, partFirstUs, partLastUs, ay, az, thetaRad, samples, liveFirstRad, liveLastRad,
                partFirstUs + Math.round(meanT * 1e6), slopeY, slopeZ, doubt);
    }

    /** The current rest's (or its current part's) number while at a rest, else the latest one's (0: none yet). */
    public long restId() {
        return id;
    }

    /** When the current or latest rest was reached (its parts share it), µs. */
    public long reachedUs() {
        return reachedUs;
    }

    /**
     * Since when the roller has stopped, no rest reached yet, µs; Long.MIN_VALUE if it moves or a
     * rest is reached. A creep moves this on.
     */
    public long settlingSinceUs() {
        return !inRest && samples > 0 ? partFirstUs : Long.MIN_VALUE;
    }

    /**
     * Rest (or part) {@code restId} as it stands: the current one (its average so far) or one of
     * the last few closed; null if it is older than those or not reached yet.
     */
    public Rest rest(long restId) {
        if (restId <= 0 || restId > id) {
            return null;
        }
        if (restId == id && inRest) {
            return current();
        }
        Rest r = closed[(int) (restId % CLOSED_KEPT)];
        return r != null && r.id() == restId ? r : null;
    }

    /** The turn along the straight line through a rest's readings, from its first to its last, rad. */
    public double trendTurn(Rest r) {
        return turnWithin(r, r.firstUs(), r.lastUs());
    }

    /** The turn along the straight line through a rest's readings, from {@code fromUs} to {@code toUs}, rad. */
    public double turnWithin(Rest r, long fromUs, long toUs) {
        return gravity.turn(r.ayAt(fromUs), r.azAt(fromUs), r.ayAt(toUs), r.azAt(toUs));
    }

    /**
     * The turn from rest {@code from} to rest {@code to}, rad: measured by their averaged gravity
     * with the accelerometer's bias as now known, and by their live angles, fused by their doubts
     * (gravity's is what is still unknown of the bias over that turn: large early in a capture,
     * after a long roll); whole turns counted by the live angles. NaN if either has no average.
     */
    public double turn(Rest from, Rest to) {
        if (from.samples() == 0 || to.samples() == 0) {
            return Double.NaN;
        }
        double fromRad = gravity.angle(from.ayG(), from.azG());
        double toRad = gravity.angle(to.ayG(), to.azG());
        double live = to.thetaRad() - from.thetaRad();
        double byGravity = Angles.unwrapNear(Angles.wrap(toRad - fromRad), live);
        double gravityDoubt = gravity.rotationDoubtRad(fromRad, toRad) + AVERAGE_NOISE_RAD;
        double wg = 1 / (gravityDoubt * gravityDoubt);
        double wl = 1 / (LIVE_TURN_DOUBT_RAD * LIVE_TURN_DOUBT_RAD);
        return (wg * byGravity + wl * live) / (wg + wl);
    }
}
