package org.rollerhub.pipeline;

import java.util.function.Supplier;
import org.rollerhub.protocol.LinkCounters;

/**
 * The link counters as they stood at recent device times, so that a session confirmed (or ended)
 * a few seconds after the fact can still take the counters of the moment it really began (ended).
 * A fixed ring: {@link #CAPACITY} snapshots at least {@link #STEP_US} apart, about 25 s of history.
 * Not thread-safe.
 */
final class LinkHistory {
    static final int CAPACITY = 256;
    static final long STEP_US = 100_000;

    private final long[] times = new long[CAPACITY];
    private final LinkCounters[] snapshots = new LinkCounters[CAPACITY];
    private int size;
    private int head; // index of the next write

    /**
     * Records the counters as seen at device time {@code tUs}, unless the last snapshot is under a
     * step old (then {@code counters} is not asked: most packets take no snapshot).
     */
    void record(long tUs, Supplier<LinkCounters> counters) {
        if (size > 0 && tUs - times[(head - 1 + CAPACITY) % CAPACITY] < STEP_US) {
            return;
        }
        times[head] = tUs;
        snapshots[head] = counters.get();
        head = (head + 1) % CAPACITY;
        size = Math.min(size + 1, CAPACITY);
    }

    /** The newest snapshot taken at or before {@code tUs}; the oldest one kept if all are later; {@code fallback} if none. */
    LinkCounters at(long tUs, LinkCounters fallback) {
        LinkCounters best = null;
        for (int i = 1; i <= size; i++) {
            int idx = (head - i + CAPACITY) % CAPACITY;
            best = snapshots[idx];
            if (times[idx] <= tUs) {
                return best;
            }
        }
        return best != null ? best : fallback;
    }

    void clear() {
        size = 0;
        head = 0;
    }
}
