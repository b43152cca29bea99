package org.rollerhub.analytics.internal.position;

/**
 * One rest, or one part of a rest the roller crept through, as {@link RestAverages} averaged its
 * gravity readings.
 *
 * @param id its number, from 1, in order
 * @param firstUs when its readings begin, µs
 * @param lastUs when they end, µs
 * @param ayG the averaged reading across the axis, g
 * @param azG the other one, g
 * @param thetaRad the live angle when the rest was reached, rad (counts the whole turns a reading cannot)
 * @param samples how many readings the average holds (0: none)
 * @param liveFirstRad the live angle at its first reading (a roll's error, before a rest's fusions), rad
 * @param liveLastRad the live angle at its last reading averaged, rad
 * @param midUs the readings' mean time, where the trend passes through the average, µs
 * @param ayTrendGPerS the straight line's slope through the readings across the axis, g/s
 * @param azTrendGPerS and through the other ones, g/s
 * @param trendDoubtG how far apart the line's two ends may be by the readings' noise alone (one
 *     standard deviation, by the scatter about the line), g
 */
public record Rest(long id, long firstUs, long lastUs, double ayG, double azG, double thetaRad, long samples,
        double liveFirstRad, double liveLastRad, long midUs, double ayTrendGPerS, double azTrendGPerS,
        double trendDoubtG) {
    /**
     * Whether the readings span enough time (0.1 s, {@link RestAverages#AVERAGE_MIN_US}) to be
     * steadier than the live angle; a shorter average still tells, roughly, how far the live
     * angle was off.
     */
    public boolean steady() {
        return samples > 0 && lastUs - firstUs >= RestAverages.AVERAGE_MIN_US;
    }

    /** The straight line through the readings at {@code tUs}, across the axis, g. */
    double ayAt(long tUs) {
        return ayG + ayTrendGPerS * (tUs - midUs) * 1e-6;
    }

    /** The straight line through the readings at {@code tUs}, the other axis, g. */
    double azAt(long tUs) {
        return azG + azTrendGPerS * (tUs - midUs) * 1e-6;
    }
}
