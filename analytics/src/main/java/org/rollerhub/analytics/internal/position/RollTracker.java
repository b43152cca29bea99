package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.internal.signal.RecentRates;
import org.rollerhub.analytics.internal.signal.RecentStates;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * The roller's rotation about its axis, from the gyroscope and gravity, robust to a wandering
 * gyro bias and to the accelerometer's bias.
 *
 * <ul>
 *   <li>While rolling, the rotation is the integral of bias-corrected gx (the accelerometer then
 *       also reads the roller's own acceleration).
 *   <li>The bias of gx is learned whenever the roller is still ({@link GyroBias}): gx minus the
 *       turn rate that gravity sees, averaged.
 *   <li>At each true rest the rotation since the previous rest is fused with the change of the
 *       gravity angle, weighted by their doubts (see {@link #atRest}); within the rest the angle
 *       follows gravity. The accelerometer's bias is learned from the rests ({@link GravityCircle}),
 *       so the gravity angle is right to a fraction of a milliradian; the angle from the first
 *       rest, by gravity alone, then corrects what the chain of rests has gathered.
 *   <li>The end of a stillness or rest already holds the start of the next motion, whose
 *       acceleration bends gravity; what those last moments taught is taken back ({@link RecentStates}).
 *   <li>Each rest's raw gravity readings are also averaged ({@link RestAverages}), so that the rest
 *       can be placed afresh once more of the accelerometer's bias is known.
 * </ul>
 * Keeps {@code theta} history for look-ups. Not thread-safe.
 */
public final class RollTracker {
    private static final long HISTORY_STEP_US = 5_000;
    /** Averaging of the corrected rate for the rest test, µs. */
    private static final double RATE_AVG_TAU_US = 100_000;
    /**
     * Averaged corrected rate under which the roller is taken to be at rest: 0.2 °/s; gyro white
     * noise averaged over 0.1 s is far below it. A creep slower than this is followed by gravity.
     */
    private static final double REST_RATE_RAD_S = Math.toRadians(0.2);
    /** Averaging of the corrected rate for telling that the roller has stopped, µs: far shorter than the rest test's. */
    private static final double STOP_AVG_TAU_US = 20_000;
    private static final double PER_STOP_AVG_TAU_US = 1 / STOP_AVG_TAU_US;
    /**
     * Averaged corrected rate under which the roller has stopped, for a rest's gravity average
     * ({@link RestAverages}): 0.2 °/s, as the rest test's, but over a far shorter time. The rest
     * test trips up to half a second after a quick roll ends; a roll's last deceleration (up to
     * 0.02 g) is over within milliseconds of falling under this.
     */
    private static final double STOP_RATE_RAD_S = REST_RATE_RAD_S;
    /** Time at rest before the integration stops (zero-velocity update), µs. */
    private static final long ZUPT_AFTER_US = 300_000;
    /** Rates above this that repeat exactly are taken as a clipped gyro (full scale 250 °/s or more), rad/s. */
    private static final double SATURATION_CHECK_RAD_S = Math.toRadians(200);
    /** How much of a stillness's or rest's end may already hold the next motion's start, µs. */
    static final long REST_TAIL_US = 200_000;
    /** Recent states kept to go back over that tail: 8 every 50 ms. */
    static final int SNAPSHOTS = 8;
    static final long SNAPSHOT_STEP_US = 50_000;
    /** The gravity angle's noise after averaging at rest, rad. */
    private static final double GRAVITY_NOISE_RAD = 0.003;
    /**
     * The gravity angle's own noise in a rotation measured from the anchor rest, rad (the
     * accelerometer averaged over 0.1 s: a fraction of a milliradian; the result hardly depends on
     * it between 0.5 and 2 mrad).
     */
    private static final double ANCHOR_NOISE_RAD = 0.001;
    /** How far the bias-corrected gyro integral may drift per second of motion (bias wander), rad/s. */
    private static final double GYRO_DRIFT_RAD_PER_S = 0.0035;
    /** The gyro integral's doubt over a quick roll, rad. */
    private static final double GYRO_DOUBT_RAD = 0.001;
    /**
     * Span over which the rate's slope on each side of a gap is measured, µs: one sample's slope is
     * mostly gyro noise at a high rate (2.8 rad/s² at 1 kHz, 2 mm over a 0.3 s bridge).
     */
    private static final long SLOPE_SPAN_US = 40_000;
    /** Extra doubt of the gyro's bridge over lost samples: this times the gap's length squared, rad/s². */
    private static final double GAP_DOUBT_RAD_PER_S2 = 0.5;

    private final long gapUs;
    private final TimeSeriesRing history;

    private boolean started;
    private long lastUs;
    private double lastRate;
    private double theta;
    private long lastStoredUs = Long.MIN_VALUE;
    private double rateAvg;
    private double rateFast;
    private double lastGx;
    private boolean saturatedSinceRest;
    private double pendingGapS; // a gap just bridged, waiting for the slope after it
    private double pendingSlope; // the rate's slope before it, rad/s²
    private long gapEndUs;
    private double gapEndRate;
    private final RecentRates recentRates = new RecentRates();
    private long restingSinceUs = Long.MIN_VALUE;

    // gap bridging with the gravity angle
    private boolean haveRest;
    private boolean inRest;
    private long lastRestUs;
    private double gapDoubt;
    private double restAy; // gravity direction at the latest rest
    private double restAz;
    private double restTheta;
    private double anchorAy; // gravity at the first rest, the absolute reference
    private double anchorAz;
    private double anchorTheta;
    private double thetaVar; // doubt of theta relative to the anchor, rad²
    private double ayAvg;
    private double azAvg;
    private final GravityCircle gravity = new GravityCircle();
    private final RestAverages rests = new RestAverages(gravity);
    private double arrivalTheta; // theta when the current rest was reached (after fusing)
    private double arrivalAy; // the gravity reading then
    private double arrivalAz;
    private final GyroBias gyroBias;
    private final RecentStates recentRest = new RecentStates(SNAPSHOTS, SNAPSHOT_STEP_US, 4); // theta, ay, az, turnAtRestRad
    private final double[] restSnapshot = new double[4];
    /** The gyro's turn while at rest (not integrated into theta then), rad: a motion's start, until the rest test sees it. */
    private double turnAtRestRad;

    /**
     * @param stillRateRadS rate below which the roller counts as still
     * @param biasTauS time constant of the bias average while still
     * @param imuRateHz nominal rate (a step over 3 periods is a gap)
     * @param historySeconds how far back {@link #thetaAt} can look
     */
    public RollTracker(double stillRateRadS, double biasTauS, int imuRateHz, double historySeconds) {
        this.gyroBias = new GyroBias(stillRateRadS, biasTauS, gravity);
        this.gapUs = Math.max(3_000_000L / Math.max(1, imuRateHz), 3_000);
        this.history = new TimeSeriesRing((int) (historySeconds * 1e6 / HISTORY_STEP_US) + 16);
    }

    /** Takes one sample in time order. */
    public void accept(long tUs, double gxRadS, double ayG, double azG) {
        if (!started) {
            started = true;
            lastUs = tUs;
            gyroBias.start(tUs, gxRadS, ayG, azG);
            lastRate = 0;
            ayAvg = ayG;
            azAvg = azG;
            history.add(tUs, theta);
            lastStoredUs = tUs;
            return;
        }
        long dt = tUs - lastUs;
        if (dt <= 0) {
            return;
        }
        double rate = gxRadS - gyroBias.bias();
        // a short average of the corrected rate tells true rest from slow rolling, despite noise
        rateAvg += (rate - rateAvg) * Math.min(1.0, dt / RATE_AVG_TAU_US);
        boolean resting = Math.abs(rateAvg) < REST_RATE_RAD_S;
        rateFast += (rate - rateFast) * Math.min(1.0, dt * PER_STOP_AVG_TAU_US);
        boolean stopped = resting || Math.abs(rateFast) < STOP_RATE_RAD_S;
        if (resting && restingSinceUs == Long.MIN_VALUE) {
            restingSinceUs = tUs;
        } else if (!resting) {
            restingSinceUs = Long.MIN_VALUE;
        }
        boolean zeroVelocity = resting && tUs - restingSinceUs >= ZUPT_AFTER_US;
        if (Math.abs(gxRadS) > SATURATION_CHECK_RAD_S && gxRadS == lastGx) {
            // the same reading twice at speed: the gyro is clipped at its full scale and under-reads;
            // the rotation is re-measured by gravity at the next rest
            saturatedSinceRest = true;
        }
        lastGx = gxRadS;
        if (pendingGapS > 0 && tUs - gapEndUs >= SLOPE_SPAN_US) {
            // far enough past a gap to know the rate's slope after it: the trapezoid bridge becomes
            // a cubic (Hermite) one, add h²·(m0 − m1)/12
            double slopeAfter = (rate - gapEndRate) / ((tUs - gapEndUs) * 1e-6);
            theta += pendingGapS * pendingGapS * (pendingSlope - slopeAfter) / 12;
            pendingGapS = 0;
        }
        if (!zeroVelocity) {
            // at rest the rotation is not integrated: what the gyro reads then is bias (and its lag)
            theta += 0.5 * (rate + lastRate) * dt * 1e-6;
        } else {
            // kept aside: should the rest end, its tail held the motion's start (see leaveRest)
            turnAtRestRad += 0.5 * (rate + lastRate) * dt * 1e-6;
        }
        if (dt > gapUs && !zeroVelocity) {
            // a gap within the span after the previous one leaves that one's bridge as it is
            pendingGapS = dt * 1e-6;
            // a bridge's error grows fast with its length: nothing over a packet at 1 kHz, much over half a second
            gapDoubt += GAP_DOUBT_RAD_PER_S2 * pendingGapS * pendingGapS;
            pendingSlope = recentRates.slopeOver(SLOPE_SPAN_US);
            gapEndUs = tUs;
            gapEndRate = rate;
            recentRates.clear();
        }
        recentRates.add(tUs, rate);
        lastRate = rate;
        lastUs = tUs;
        gyroBias.update(tUs, dt, rate, gxRadS, ayG, azG);
        // gravity direction, averaged at true rest (its noise and bias are the same at each rest)
        if (zeroVelocity) {
            double ka = Math.min(1.0, dt / 100_000.0);
            ayAvg += (ayG - ayAvg) * ka;
            azAvg += (azG - azAvg) * ka;
            if (tUs - restingSinceUs >= ZUPT_AFTER_US + 200_000) {
                atRest(ayG, azG, dt);
            }
        } else {
            if (inRest) {
                leaveRest();
            }
            ayAvg = ayG;
            azAvg = azG;
            inRest = false;
        }
        if (!inRest) {
            rests.settling(tUs, dt, stopped, ayG, azG, theta);
        }
        if (tUs - lastStoredUs >= HISTORY_STEP_US) {
            history.add(tUs, theta);
            lastStoredUs = tUs;
        }
    }

    /**
     * At rest. On arriving at a rest, the rotation since the previous rest is measured twice — by
     * the gyro's integral and by the change of the gravity angle — and the two are fused by their
     * doubts: the gyro's grows with the time it integrated (its bias wanders) and with lost or
     * clipped samples; the gravity angle's with the rotation and with what is still unknown of the
     * accelerometer's bias ({@link GravityCircle#rotationDoubtRad}). So a long slow creep is held
     * by gravity and a quick roll mostly by the gyro. Within the rest the gyro is not integrated
     * and the angle follows gravity.
     *
     * <p>Then the angle is corrected once more by gravity measured from the anchor (the first rest
     * of all), in the way of a Kalman update: the chain of rest-to-rest fusions carries a doubt
     * that grows with every motion, while gravity from the anchor has a doubt that does not (only
     * what is still unknown of the accelerometer's bias, over the angle between the two). Without
     * this, a fraction of a milliradian lost at each roll adds up over a session: enough to put a
     * contact resting near a zone's edge on its other side for seconds.
     */
    private void atRest(double ayG, double azG, long dtUs) {
        if (!inRest) {
            gravity.addRest(ayAvg, azAvg);
            rests.reached(lastUs, dtUs, ayG, azG, theta);
        } else {
            rests.atRest(lastUs, dtUs, ayG, azG, theta);
        }
        if (!inRest && haveRest) {
            double fromRad = gravity.angle(restAy, restAz);
            double byGravity = Angles.wrap(gravity.angle(ayAvg, azAvg) - fromRad);
            double byGyro = theta - restTheta;
            double byGravityUnwrapped = Angles.unwrapNear(byGravity, byGyro);
            double gyroDoubt = GYRO_DRIFT_RAD_PER_S * (lastUs - lastRestUs) / 1e6 + GYRO_DOUBT_RAD
                    + gapDoubt + (saturatedSinceRest ? Math.PI : 0);
            double gravityDoubt = gravity.rotationDoubtRad(fromRad, fromRad + byGyro) + GRAVITY_NOISE_RAD;
            double wg = 1 / (gyroDoubt * gyroDoubt);
            double wa = 1 / (gravityDoubt * gravityDoubt);
            theta = restTheta + (wg * byGyro + wa * byGravityUnwrapped) / (wg + wa);
            thetaVar += 1 / (wg + wa);
            // then the angle from the anchor rest, by gravity alone: its error does not add up rest
            // after rest as the chain's does
            double anchorRad = gravity.angle(anchorAy, anchorAz);
            double fromAnchor = Angles.wrap(gravity.angle(ayAvg, azAvg) - anchorRad);
            double chain = theta - anchorTheta;
            double absolute = anchorTheta + Angles.unwrapNear(fromAnchor, chain);
            double absDoubt = gravity.rotationDoubtRad(anchorRad, anchorRad + chain) + ANCHOR_NOISE_RAD;
            double gain = thetaVar / (thetaVar + absDoubt * absDoubt);
            theta += gain * (absolute - theta);
            thetaVar *= 1 - gain;
            history.add(lastUs, theta);
            lastStoredUs = lastUs;
        } else if (!inRest) {
            anchorAy = ayAvg;
            anchorAz = azAvg;
            anchorTheta = theta;
            thetaVar = 0;
        }
        if (!inRest) {
            arrivalTheta = theta;
            rests.reachedAngle(theta);
            arrivalAy = ayAvg;
            arrivalAz = azAvg;
            recentRest.clear();
        } else {
            // a creep too slow to end the rest (a rep's contact sliding at 0.1 °/s) still turns the
            // gravity angle, which is precise over so small a turn: follow it
            theta = arrivalTheta + gravity.turn(arrivalAy, arrivalAz, ayAvg, azAvg);
        }
        inRest = true;
        gapDoubt = 0;
        saturatedSinceRest = false;
        haveRest = true;
        restAy = ayAvg;
        restAz = azAvg;
        restTheta = theta;
        lastRestUs = lastUs;
        restSnapshot[0] = theta;
        restSnapshot[1] = ayAvg;
        restSnapshot[2] = azAvg;
        restSnapshot[3] = turnAtRestRad;
        recentRest.offer(lastUs, restSnapshot);
    }

    /**
     * The rest just ended. Its last fraction of a second already holds the start of the motion
     * (the rest test trips only once the averaged rate passes its threshold), when the roller's own
     * acceleration bent the gravity reading that the rest's angle followed; so the rest's angle and
     * gravity reading are taken back to a snapshot from before that, and the turn the gyro read
     * since (not integrated at rest) is added: a slow roll has turned 0.3-0.4 mrad by the time the
     * rest test sees it, which left the live position that far behind until the next rest.
     */
    private void leaveRest() {
        rests.left(lastUs, REST_TAIL_US);
        double[] before = recentRest.atOrBefore(lastUs - REST_TAIL_US);
        if (before == null) {
            return;
        }
        // back to the angle from before the tail, plus what the gyro turned since (the motion's start)
        theta += before[0] - restTheta + (turnAtRestRad - before[3]);
        restTheta = before[0];
        restAy = before[1];
        restAz = before[2];
        recentRest.clear();
    }

    /** The rests' gravity averages, for placing them afresh later. */
    public RestAverages rests() {
        return rests;
    }

    /** The gyro's bias about X as learned so far, rad/s (what is taken from gx before integrating). */
    public double gyroBiasRadS() {
        return gyroBias.bias();
    }

    /** Whether the roller is at a rest now (reached: resting for half a second). */
    public boolean inRest() {
        return inRest;
    }

    /** Rotation about X since the first sample, rad (bias-corrected gyro integral). */
    double theta() {
        return theta;
    }

    /** Rotation at a past device time, rad. */
    double thetaAt(long tUs) {
        return history.valueAtTime(tUs);
    }

    /** Smallest rotation over [from, to], rad. */
    double minThetaBetween(long fromUs, long toUs) {
        return Math.min(history.minBetween(fromUs, toUs), thetaAt(fromUs));
    }

    /** Largest rotation over [from, to], rad. */
    double maxThetaBetween(long fromUs, long toUs) {
        return Math.max(history.maxBetween(fromUs, toUs), thetaAt(fromUs));
    }

    /**
     * The last time at or before {@code tUs} at which the rotation was within {@code tolRad} of
     * {@code thetaRef}, searching back at most to {@code notBeforeUs}; {@code tUs} if none.
     */
    long lastTimeNear(double thetaRef, double tolRad, long tUs, long notBeforeUs) {
        for (int i = history.floorIndex(tUs); i >= 0 && history.timeAt(i) >= notBeforeUs; i--) {
            if (Math.abs(history.valueAt(i) - thetaRef) <= tolRad) {
                return history.timeAt(i);
            }
        }
        return tUs;
    }

    /** Whether the roller is still right now. */
    boolean still() {
        return gyroBias.stillSinceUs() != Long.MIN_VALUE;
    }

    /** How long it has been still, µs (0 when moving). */
    long stillForUs() {
        long stillSinceUs = gyroBias.stillSinceUs();
        return stillSinceUs == Long.MIN_VALUE ? 0 : lastUs - stillSinceUs;
    }
}
