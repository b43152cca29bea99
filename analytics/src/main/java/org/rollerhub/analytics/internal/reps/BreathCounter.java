package org.rollerhub.analytics.internal.reps;

import org.rollerhub.analytics.internal.signal.TimeSeriesRing;

/** Breaths in a rep's plateau: upward swings of the smoothed load through its mean, with hysteresis. */
final class BreathCounter {
    private final long minPlateauUs;
    private final double hysteresisFraction;

    /**
     * @param minPlateauUs a plateau shorter than this counts none, µs
     * @param hysteresisFraction hysteresis of the swings about the mean, fraction of F0
     */
    BreathCounter(long minPlateauUs, double hysteresisFraction) {
        this.minPlateauUs = minPlateauUs;
        this.hysteresisFraction = hysteresisFraction;
    }

    /** Breaths in the smoothed load over [fromUs, toUs], with baseline {@code f0}, N. */
    int count(TimeSeriesRing smooth, long fromUs, long toUs, double f0) {
        if (toUs - fromUs < minPlateauUs) {
            return 0;
        }
        double sum = 0;
        int n = 0;
        int i0 = Math.max(0, smooth.floorIndex(fromUs));
        for (int i = i0; i < smooth.size() && smooth.timeAt(i) <= toUs; i++) {
            sum += smooth.valueAt(i);
            n++;
        }
        if (n == 0) {
            return 0;
        }
        double mean = sum / n;
        double hys = hysteresisFraction * f0;
        int breaths = 0;
        int side = 0;
        for (int i = i0; i < smooth.size() && smooth.timeAt(i) <= toUs; i++) {
            double v = smooth.valueAt(i) - mean;
            if (v > hys && side <= 0) {
                if (side < 0) {
                    breaths++;
                }
                side = 1;
            } else if (v < -hys) {
                side = -1;
            }
        }
        return Math.max(breaths, 0);
    }
}
