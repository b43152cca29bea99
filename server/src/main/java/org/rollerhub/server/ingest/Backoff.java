package org.rollerhub.server.ingest;

/**
 * Waits between retries that double from {@code firstMs} to at most {@code maxMs}; {@link #reset}
 * after a success. Not thread-safe: one per retrying loop.
 */
final class Backoff {
    private final long firstMs;
    private final long maxMs;
    private long nextMs;

    Backoff(long firstMs, long maxMs) {
        this.firstMs = firstMs;
        this.maxMs = maxMs;
        this.nextMs = firstMs;
    }

    /** Sleeps the current delay, then doubles it (up to the maximum). */
    void pause() throws InterruptedException {
        Thread.sleep(nextMs);
        nextMs = Math.min(maxMs, nextMs * 2);
    }

    /** The delay the next {@link #pause} sleeps, ms. */
    long nextMs() {
        return nextMs;
    }

    void reset() {
        nextMs = firstMs;
    }
}
