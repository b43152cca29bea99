package org.rollerhub.hub.delivery;

/**
 * How many session summaries the broker has acknowledged, with a wait for a number of them.
 * Thread-safe; it waits on its own lock, so a holder that counts under a lock of its own never
 * blocks its counting while someone waits.
 */
public final class AcknowledgedCount {
    private int count;

    /** One more was acknowledged. */
    public synchronized void increment() {
        count++;
        notifyAll();
    }

    /** How many so far. */
    public synchronized int get() {
        return count;
    }

    /**
     * Waits until {@code n} were acknowledged.
     *
     * @param timeoutMs how long at most; 0 waits for ever
     * @return false if the time ran out first
     */
    public synchronized boolean await(int n, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (count < n) {
            if (timeoutMs <= 0) {
                wait();
            } else {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
        }
        return true;
    }
}
