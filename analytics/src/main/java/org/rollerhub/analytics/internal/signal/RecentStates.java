package org.rollerhub.analytics.internal.signal;

/**
 * A few recent states (each a fixed number of doubles), kept at most every {@code stepUs} over a
 * short window, so that a tracker can go back to how things stood a moment ago, once it learns
 * that the last moments were already part of something else (a motion's start). Fixed size, no
 * allocation after construction (states of one value, or of any width copied from an array). Not thread-safe.
 */
public final class RecentStates {
    private final long stepUs;
    private final long[] times;
    private final double[][] values;
    private int head;
    private int count;

    /**
     * @param capacity how many states are kept (the window is about capacity × stepUs)
     * @param stepUs the least time between two kept states, µs
     * @param width how many doubles a state holds
     */
    public RecentStates(int capacity, long stepUs, int width) {
        this.stepUs = stepUs;
        this.times = new long[capacity];
        this.values = new double[capacity][width];
    }

    /** Keeps a one-value state as of {@code tUs} unless one was kept less than a step ago. */
    public void offer(long tUs, double a) {
        int k = slot(tUs);
        if (k >= 0) {
            values[k][0] = a;
        }
    }

    /** Keeps a state of {@code width} values, copied from {@code state}, unless one was kept less than a step ago. */
    public void offer(long tUs, double[] state) {
        int k = slot(tUs);
        if (k >= 0) {
            System.arraycopy(state, 0, values[k], 0, values[k].length);
        }
    }

    /** The slot for a state as of {@code tUs}, its time set; −1 if one was kept less than a step ago. */
    private int slot(long tUs) {
        if (count > 0 && tUs - times[(head + count - 1) % times.length] < stepUs) {
            return -1;
        }
        int k;
        if (count < times.length) {
            k = (head + count) % times.length;
            count++;
        } else {
            k = head;
            head = (head + 1) % times.length;
        }
        times[k] = tUs;
        return k;
    }

    /** The latest state kept at or before {@code tUs}, or null; valid until the next call that changes this. */
    public double[] atOrBefore(long tUs) {
        int k = slotAtOrBefore(tUs);
        return k < 0 ? null : values[k];
    }

    /** The time of the state {@link #atOrBefore} gives for {@code tUs}; Long.MIN_VALUE if none. */
    public long timeAtOrBefore(long tUs) {
        int k = slotAtOrBefore(tUs);
        return k < 0 ? Long.MIN_VALUE : times[k];
    }

    /** The slot of the latest state kept at or before {@code tUs}; −1 if none. */
    private int slotAtOrBefore(long tUs) {
        for (int i = count - 1; i >= 0; i--) {
            int k = (head + i) % times.length;
            if (times[k] <= tUs) {
                return k;
            }
        }
        return -1;
    }

    /** The oldest state kept, or null; valid until the next call that changes this. */
    public double[] oldest() {
        return count == 0 ? null : values[head];
    }

    /** Forgets every state. */
    public void clear() {
        count = 0;
    }
}
