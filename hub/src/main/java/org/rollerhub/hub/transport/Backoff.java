package org.rollerhub.hub.transport;

/**
 * Reconnect delays: {@code initialMs}, doubling up to {@code maxMs}; back to {@code initialMs}
 * once a link has stayed up for {@code stableMs}.
 *
 * @param initialMs first delay after a drop, milliseconds
 * @param maxMs longest delay, milliseconds
 * @param stableMs how long a link must last before the delay starts over, milliseconds
 */
public record Backoff(long initialMs, long maxMs, long stableMs) {
    /** 0.5 s, doubling to 10 s; reset after 5 s up. */
    public static final Backoff DEFAULT = new Backoff(500, 10_000, 5_000);

    public Backoff {
        if (initialMs <= 0 || maxMs < initialMs || stableMs < 0) {
            throw new IllegalArgumentException("bad backoff " + initialMs + "/" + maxMs + "/" + stableMs);
        }
    }

    /** The delay after {@code delayMs}. */
    public long next(long delayMs) {
        return Math.min(maxMs, delayMs * 2);
    }
}
