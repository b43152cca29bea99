package org.rollerhub.analytics.internal.reps;

import org.rollerhub.analytics.RepDetectionSettings;
import org.rollerhub.analytics.internal.signal.Micros;

/**
 * The baseline F0, live: the load of the user lying in neutral, averaged over the neutral load of
 * the last {@link RepDetectionSettings#neutralWindowSeconds}, so that it does not move with the breathing.
 *
 * <p>Why: breathing swings the load by up to 3 % of body weight either way, up to ±12 % of F0,
 * at 0.15–0.35 Hz (a breath lasts up to 6.7 s). A baseline that follows the load within a breath
 * sits in its troughs, and then the next breath in looks like a rep (it rises by a fifth of F0),
 * or the load after a rep never comes back within a tenth of F0 of it.
 *
 * <p>How: the load is averaged into bins ({@link RepDetectionSettings#neutralBinSeconds}); a bin joins only once it is
 * {@link RepDetectionSettings#neutralDelaySeconds} old and the user is still in neutral, so that the first part of a rise
 * (before the load crosses the rep threshold) is left out. F0 is the mean of the bins in the
 * window; with less than a slow breath's worth of them, the middle of their range (the mean
 * would lean toward whichever part of a breath they happen to cover). With less than
 * {@link RepDetectionSettings#neutralMinCoveredSeconds} of neutral load in the window (just after a long rep, or after a few
 * quick reps with short rests) the baseline stays what it was: a second or two of load may cover
 * only a breath's trough. The session's first baseline needs only
 * {@link RepDetectionSettings#neutralFirstCoveredSeconds}; until
 * then there is none here and the caller keeps its own. Memory is fixed.
 * Not thread-safe.
 */
final class NeutralBaseline {
    /** The average is worked out afresh once this many bins have joined. */
    private static final int REFIT_BINS = 3;

    private final long binUs;
    private final long delayUs;
    private final long windowUs;
    /** Less neutral load than this in the window does not replace a baseline, s. */
    private final double minCoveredS;
    /** The session's first baseline, when there is no other yet, needs this much neutral load, s. */
    private final double firstCoveredS;
    /** The slowest breath of the model, s. */
    private final double slowestBreathS;
    private final int cap;
    private final int pendingCap;

    // bins that have joined (oldest first, ring): time µs, mean load N
    private final long[] times;
    private final double[] values;
    private int head;
    private int size;
    // bins waiting out the delay
    private final long[] pendingTimes;
    private final double[] pendingValues;
    private int pendingHead;
    private int pendingSize;
    // the bin being filled
    private long binStartUs = Long.MIN_VALUE;
    private double binSum;
    private long binTimeSum;
    private int binCount;

    private int binsSinceUpdate;
    private boolean known;
    private boolean settled; // a baseline from minCoveredS or more
    private double baseline;

    NeutralBaseline(RepDetectionSettings settings) {
        this.binUs = Micros.of(settings.neutralBinSeconds());
        this.delayUs = Micros.of(settings.neutralDelaySeconds());
        this.windowUs = Micros.of(settings.neutralWindowSeconds());
        this.minCoveredS = settings.neutralMinCoveredSeconds();
        this.firstCoveredS = settings.neutralFirstCoveredSeconds();
        this.slowestBreathS = 1 / settings.slowestBreathHz();
        this.cap = (int) (windowUs / binUs) + 8;
        this.pendingCap = (int) (delayUs / binUs) + 8;
        this.times = new long[cap];
        this.values = new double[cap];
        this.pendingTimes = new long[pendingCap];
        this.pendingValues = new double[pendingCap];
    }

    /** Forgets everything: a new session. */
    void reset() {
        head = 0;
        size = 0;
        leftNeutral();
        binsSinceUpdate = 0;
        known = false;
        settled = false;
    }

    /** The user is in neutral at {@code tUs} with load {@code forceN}. */
    void neutral(long tUs, double forceN) {
        if (binStartUs == Long.MIN_VALUE) {
            binStartUs = tUs;
        } else if (tUs - binStartUs >= binUs) {
            closeBin();
            binStartUs = tUs;
        }
        binSum += forceN;
        binTimeSum += tUs - binStartUs;
        binCount++;
        boolean joined = false;
        while (pendingSize > 0 && pendingTimes[pendingHead] <= tUs - delayUs) {
            join(pendingTimes[pendingHead], pendingValues[pendingHead]);
            pendingHead = (pendingHead + 1) % pendingCap;
            pendingSize--;
            joined = true;
        }
        if (joined && ++binsSinceUpdate >= REFIT_BINS) {
            binsSinceUpdate = 0;
            update();
        }
    }

    /** The user left neutral (a rep may be rising): what was not yet old enough is dropped. */
    void leftNeutral() {
        pendingHead = 0;
        pendingSize = 0;
        binStartUs = Long.MIN_VALUE;
        binCount = 0;
        binSum = 0;
        binTimeSum = 0;
    }

    /**
     * A baseline measured otherwise (the level after a rep's return, breathing aside): it stands
     * until the window holds {@link RepDetectionSettings#neutralMinCoveredSeconds} of neutral load again.
     */
    void hint(double baselineN) {
        baseline = baselineN;
        known = true;
        settled = true;
        // the bins so far are what the hint replaces
        head = 0;
        size = 0;
    }

    /** Whether the baseline has come from {@link RepDetectionSettings#neutralMinCoveredSeconds} of neutral load at least once. */
    boolean settled() {
        return settled;
    }

    /** Whether {@link #baseline()} is known. */
    boolean known() {
        return known;
    }

    /** F0, newtons. */
    double baseline() {
        return baseline;
    }

    private void closeBin() {
        if (binCount == 0) {
            return;
        }
        if (pendingSize == pendingCap) {
            pendingHead = (pendingHead + 1) % pendingCap;
            pendingSize--;
        }
        int k = (pendingHead + pendingSize) % pendingCap;
        pendingTimes[k] = binStartUs + binTimeSum / binCount;
        pendingValues[k] = binSum / binCount;
        pendingSize++;
        binSum = 0;
        binTimeSum = 0;
        binCount = 0;
    }

    private void join(long tUs, double value) {
        if (size == cap) {
            head = (head + 1) % cap;
            size--;
        }
        times[(head + size) % cap] = tUs;
        values[(head + size) % cap] = value;
        size++;
        while (size > 0 && times[head] < tUs - windowUs) {
            head = (head + 1) % cap;
            size--;
        }
    }

    private void update() {
        double covered = size * binUs / 1e6;
        if (covered < (settled ? minCoveredS : firstCoveredS)) {
            return; // keep the baseline there is (the neutral load before the last rep), if any
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            double v = values[(head + i) % cap];
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        baseline = covered < slowestBreathS ? (min + max) / 2 : sum / size;
        known = true;
        settled |= covered >= minCoveredS;
    }
}
