package org.rollerhub.analytics.internal.reps;

/**
 * The baseline F0, live: the load of the user lying in neutral, averaged over the neutral load of
 * the last {@link #WINDOW_US}, so that it does not move with the breathing.
 *
 * <p>Why: breathing swings the load by up to 3 % of body weight either way, up to ±12 % of F0,
 * at 0.15–0.35 Hz (a breath lasts up to 6.7 s). A baseline that follows the load within a breath
 * sits in its troughs, and then the next breath in looks like a rep (it rises by a fifth of F0),
 * or the load after a rep never comes back within a tenth of F0 of it.
 *
 * <p>How: the load is averaged into {@link #BIN_US} bins; a bin joins only once it is
 * {@link #DELAY_US} old and the user is still in neutral, so that the first part of a rise
 * (before the load crosses the rep threshold) is left out. F0 is the mean of the bins in the
 * window; with less than a slow breath's worth of them, the middle of their range (the mean
 * would lean toward whichever part of a breath they happen to cover). With less than
 * {@link #MIN_COVERED_S} of neutral load in the window (just after a long rep, or after a few
 * quick reps with short rests) the baseline stays what it was: a second or two of load may cover
 * only a breath's trough. The session's first baseline needs only {@link #FIRST_COVERED_S}; until
 * then there is none here and the caller keeps its own. Memory is fixed.
 * Not thread-safe.
 */
final class NeutralBaseline {
    static final long BIN_US = 100_000;
    static final long DELAY_US = 1_000_000;
    static final long WINDOW_US = 12_000_000;
    /** Less neutral load than this in the window does not replace a baseline, s. */
    static final double MIN_COVERED_S = 4.0;
    /** The session's first baseline, when there is no other yet, needs this much neutral load, s. */
    static final double FIRST_COVERED_S = 1.0;
    /** The slowest breath of the model, s. */
    private static final double SLOWEST_BREATH_S = 1 / 0.15;
    private static final int CAP = (int) (WINDOW_US / BIN_US) + 8;
    private static final int PENDING_CAP = (int) (DELAY_US / BIN_US) + 8;
    private static final int REFIT_BINS = 3;

    // bins that have joined (oldest first, ring): time µs, mean load N
    private final long[] times = new long[CAP];
    private final double[] values = new double[CAP];
    private int head;
    private int size;
    // bins waiting out the delay
    private final long[] pendingTimes = new long[PENDING_CAP];
    private final double[] pendingValues = new double[PENDING_CAP];
    private int pendingHead;
    private int pendingSize;
    // the bin being filled
    private long binStartUs = Long.MIN_VALUE;
    private double binSum;
    private long binTimeSum;
    private int binCount;

    private int binsSinceUpdate;
    private boolean known;
    private boolean settled; // a baseline from MIN_COVERED_S or more
    private double baseline;

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
        } else if (tUs - binStartUs >= BIN_US) {
            closeBin();
            binStartUs = tUs;
        }
        binSum += forceN;
        binTimeSum += tUs - binStartUs;
        binCount++;
        boolean joined = false;
        while (pendingSize > 0 && pendingTimes[pendingHead] <= tUs - DELAY_US) {
            join(pendingTimes[pendingHead], pendingValues[pendingHead]);
            pendingHead = (pendingHead + 1) % PENDING_CAP;
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
     * until the window holds {@link #MIN_COVERED_S} of neutral load again.
     */
    void hint(double baselineN) {
        baseline = baselineN;
        known = true;
        settled = true;
        // the bins so far are what the hint replaces
        head = 0;
        size = 0;
    }

    /** Whether the baseline has come from {@link #MIN_COVERED_S} of neutral load at least once. */
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
        if (pendingSize == PENDING_CAP) {
            pendingHead = (pendingHead + 1) % PENDING_CAP;
            pendingSize--;
        }
        int k = (pendingHead + pendingSize) % PENDING_CAP;
        pendingTimes[k] = binStartUs + binTimeSum / binCount;
        pendingValues[k] = binSum / binCount;
        pendingSize++;
        binSum = 0;
        binTimeSum = 0;
        binCount = 0;
    }

    private void join(long tUs, double value) {
        if (size == CAP) {
            head = (head + 1) % CAP;
            size--;
        }
        times[(head + size) % CAP] = tUs;
        values[(head + size) % CAP] = value;
        size++;
        while (size > 0 && times[head] < tUs - WINDOW_US) {
            head = (head + 1) % CAP;
            size--;
        }
    }

    private void update() {
        double covered = size * BIN_US / 1e6;
        if (covered < (settled ? MIN_COVERED_S : FIRST_COVERED_S)) {
            return; // keep the baseline there is (the neutral load before the last rep), if any
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            double v = values[(head + i) % CAP];
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        baseline = covered < SLOWEST_BREATH_S ? (min + max) / 2 : sum / size;
        known = true;
        settled |= covered >= MIN_COVERED_S;
    }
}
