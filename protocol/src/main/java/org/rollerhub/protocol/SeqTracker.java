package org.rollerhub.protocol;

/**
 * Counts lost packets from gaps in a sender's u16 {@code seq}, across the 65535 → 0 wrap.
 * A gap of k means k packets lost. A repeated {@code seq} is a duplicate, not 65535 losses.
 * Not thread-safe.
 */
public final class SeqTracker {
    private int last = -1;
    private long lost;
    private long duplicates;

    /** Takes the {@code seq} of a packet that arrived intact; returns the packets lost before it. */
    public int accept(int seq) {
        int gap = 0;
        if (last >= 0) {
            if (seq == last) {
                duplicates++;
            } else {
                gap = (seq - last - 1) & 0xFFFF;
                lost += gap;
            }
        }
        last = seq;
        return gap;
    }

    /** Forgets the last {@code seq}, for a new connection: the next packet starts afresh. */
    public void restart() {
        last = -1;
    }

    /** Packets lost so far. */
    public long lost() {
        return lost;
    }

    /** Packets that repeated the previous {@code seq}. */
    public long duplicates() {
        return duplicates;
    }

    /** The last {@code seq} seen, or -1. */
    public int lastSeq() {
        return last;
    }
}
