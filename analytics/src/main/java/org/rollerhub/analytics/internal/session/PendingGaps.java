package org.rollerhub.analytics.internal.session;

/**
 * Lost packets (each with the device time it was sent) waiting until it is known whether they
 * fall inside a session: a session's start and end are final only a while after the load
 * crossed its threshold, once the samples on both sides of the crossing are in. Times may come
 * in any order. Fixed size: when full, the oldest entry is handed back to be decided at once.
 * Not thread-safe.
 */
public final class PendingGaps {
    private final long[] times;
    private final int[] packets;
    private int size;

    public PendingGaps(int capacity) {
        times = new long[capacity];
        packets = new int[capacity];
    }

    public boolean isFull() {
        return size == times.length;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void add(long sentUs, int lost) {
        times[size] = sentUs;
        packets[size] = lost;
        size++;
    }

    /**
     * Removes the oldest entry (to make room); returns its packets if it was sent at or after
     * {@code notBeforeUs}, else 0.
     */
    public int takeOldest(long notBeforeUs) {
        int oldest = 0;
        for (int i = 1; i < size; i++) {
            if (times[i] < times[oldest]) {
                oldest = i;
            }
        }
        int n = times[oldest] >= notBeforeUs ? packets[oldest] : 0;
        removeAt(oldest);
        return n;
    }

    /** Removes the entries sent before {@code tUs}; returns how many packets they held. */
    public long takeBefore(long tUs) {
        long n = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (times[i] < tUs) {
                n += packets[i];
                removeAt(i);
            }
        }
        return n;
    }

    /** Removes the entries sent at or before {@code tUs} (a device time, below {@code Long.MAX_VALUE}); returns their packets. */
    public long takeUpTo(long tUs) {
        return takeBefore(tUs + 1);
    }

    private void removeAt(int i) {
        size--;
        times[i] = times[size];
        packets[i] = packets[size];
    }
}
