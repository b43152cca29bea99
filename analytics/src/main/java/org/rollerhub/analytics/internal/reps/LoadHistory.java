package org.rollerhub.analytics.internal.reps;

import org.rollerhub.analytics.RepDetectionSettings;
import org.rollerhub.analytics.internal.signal.Micros;
import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/**
 * The recent load, raw and causally smoothed, for the rep detector: the smoothed load is what its
 * thresholds judge, the raw load what a rep's fit places. Bounded: rings of the last ~45 s (at
 * least 2048 samples). Not thread-safe.
 */
final class LoadHistory {
    private final TimeSeriesRing raw;
    private final TimeSeriesRing smooth;
    private final double smoothTauUs;
    private final double nearFraction;
    private final long lookbackUs;
    private double fs;
    private long lastUs;

    LoadHistory(RepDetectionSettings settings, int pressureRateHz) {
        int cap = (int) Math.min(1 << 15, Math.max(2048, 45L * Math.max(1, pressureRateHz)));
        this.raw = new TimeSeriesRing(cap);
        this.smooth = new TimeSeriesRing(cap);
        this.smoothTauUs = Micros.of(settings.loadSmoothingTauSeconds());
        this.nearFraction = settings.riseBeginNearFraction();
        this.lookbackUs = Micros.of(settings.riseBeginLookbackSeconds());
    }

    /** Time constant of the smoothing, µs: it delays a crossing of the smoothed load by about this. */
    double smoothTauUs() {
        return smoothTauUs;
    }

    /** Takes one load sample, N, at {@code tUs}, in time order. */
    void record(long tUs, double forceN) {
        double dt = raw.size() == 0 ? 0 : tUs - lastUs;
        fs = raw.size() == 0 ? forceN : fs + (forceN - fs) * Math.min(1.0, dt / smoothTauUs);
        lastUs = tUs;
        raw.add(tUs, forceN);
        smooth.add(tUs, fs);
    }

    /** Starts the smoothed load afresh at {@code forceN}. */
    void resetSmoothed(double forceN) {
        fs = forceN;
    }

    /** The smoothed load now, N. */
    double smoothed() {
        return fs;
    }

    /** When the last sample was taken, µs. */
    long lastUs() {
        return lastUs;
    }

    /** The raw load, N, by time. */
    TimeSeriesRing raw() {
        return raw;
    }

    /** The smoothed load, N, by time. */
    TimeSeriesRing smooth() {
        return smooth;
    }

    /** Mean of the smoothed load over the last {@code spanUs}, N. */
    double recentMean(long spanUs) {
        double sum = 0;
        int n = 0;
        for (int i = smooth.size() - 1; i >= 0 && smooth.timeAt(i) >= lastUs - spanUs; i--) {
            sum += smooth.valueAt(i);
            n++;
        }
        return n == 0 ? fs : sum / n;
    }

    /**
     * Rough live rise begin of the rep that crossed its threshold at {@code crossUpUs}: the last
     * time the smoothed load was near the baseline {@code f0} before it, µs ({@code crossUpUs} if
     * it was not, within the look-back).
     */
    long quickRiseBegin(double f0, long crossUpUs) {
        double near = f0 + nearFraction * f0;
        for (int i = smooth.floorIndex(crossUpUs); i >= 0 && smooth.timeAt(i) >= crossUpUs - lookbackUs; i--) {
            if (smooth.valueAt(i) <= near) {
                return smooth.timeAt(i);
            }
        }
        return crossUpUs;
    }
}
