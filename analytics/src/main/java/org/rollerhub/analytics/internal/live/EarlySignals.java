package org.rollerhub.analytics.internal.live;

import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.OnsetSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.internal.position.ContactPosition;

/**
 * The early live signals for one analyzer: {@link SessionEvent.CompensationOnset} and
 * {@link SessionEvent.ZoneReached}, found on IMU samples as they arrive. The analyzer hands it
 * each sample on arrival ({@link #imu}, {@link #load}) and each IMU sample the merge releases
 * ({@link #merged}); it reads F0, the gyro bias and the position from the analyzer and changes
 * nothing there. Not thread-safe.
 */
public final class EarlySignals {
    private final AnalyticsSettings settings;
    private final ContactPosition position;
    private final ArrivalPosition arrival;
    private final OnsetDetector onset;
    private final ZoneWatch zones;
    private double loadN;

    /**
     * @param imuRateHz the IMU's rate, Hz
     * @param imuCapacity at least the number of IMU samples the analyzer's merge can hold
     */
    public EarlySignals(AnalyticsSettings settings, ContactPosition position, int imuRateHz, int imuCapacity) {
        OnsetSettings o = settings.onset();
        this.settings = settings;
        this.position = position;
        this.arrival = new ArrivalPosition(position.radiusCm(), Math.round(o.maxStepSeconds() * 1e6), imuCapacity + 1);
        this.onset = new OnsetDetector(o.riseFraction(), o.neutralFraction(), settings.compensationSlideCm(),
                Math.round(o.lookbackSeconds() * 1e6), (int) Math.ceil(o.lookbackSeconds() * imuRateHz) + 2);
        this.zones = new ZoneWatch(o.zoneHysteresisCm());
    }

    /** The latest load as it arrives (cells minus the zero), N. */
    public void load(double forceN) {
        loadN = forceN;
    }

    /**
     * An IMU sample as it arrives.
     *
     * @param biasRadS the gyro bias known now, rad/s
     * @param f0N the baseline reps are judged against now, N
     * @param inSession whether a session is confirmed and not ending
     * @param out where events found go
     */
    public void imu(long tUs, double gxRadS, double biasRadS, double f0N, boolean inSession, List<SessionEvent> out) {
        arrival.arrive(tUs, gxRadS, biasRadS);
        if (!inSession) {
            onset.reset();
            zones.reset();
            return;
        }
        double rel = arrival.relativeCm();
        double slide = onset.sample(tUs, rel, loadN, f0N);
        double abs = arrival.absoluteCm();
        if (!Double.isNaN(slide)) {
            double from = Double.isNaN(abs) ? 0 : onset.referenceCm() - rel + abs;
            out.add(new SessionEvent.CompensationOnset(tUs, position.levelAt(from), slide));
        }
        var zone = zones.sample(abs, loadN > settings.loadedN(), position.neckEdgeCm(), position.lumbarEdgeCm());
        if (zone != null) {
            out.add(new SessionEvent.ZoneReached(tUs, zone));
        }
    }

    /** The merge released the oldest IMU sample; the analysis has placed it. */
    public void merged() {
        arrival.merged(position.sNow());
    }
}
