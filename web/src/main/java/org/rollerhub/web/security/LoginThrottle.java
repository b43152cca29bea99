package org.rollerhub.web.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Wrong passwords per client address: more than {@code failuresPerMinute} within a minute and that
 * address is refused (before its password is even checked) until the oldest failure is a minute
 * old. Thread-safe.
 */
public final class LoginThrottle {
    private static final long WINDOW_MS = 60_000;

    private final int failuresPerMinute;
    private final LongSupplier clockMs;
    private final Map<String, Deque<Long>> failures = new HashMap<>();

    public LoginThrottle(int failuresPerMinute, LongSupplier clockMs) {
        this.failuresPerMinute = failuresPerMinute;
        this.clockMs = clockMs;
    }

    /** Seconds until {@code address} may try again; 0 if it may now. */
    public synchronized long retryAfterS(String address) {
        Deque<Long> d = recent(address);
        if (d.size() < failuresPerMinute) {
            return 0;
        }
        return Math.max(1, (d.peekFirst() + WINDOW_MS - clockMs.getAsLong() + 999) / 1000);
    }

    /** Counts a wrong password from {@code address}. */
    public synchronized void failed(String address) {
        recent(address).addLast(clockMs.getAsLong());
        if (failures.size() > 10_000) {
            failures.values().removeIf(Deque::isEmpty);
        }
    }

    /** Forgets an address's failures (after a right password). */
    public synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private Deque<Long> recent(String address) {
        Deque<Long> d = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        long now = clockMs.getAsLong();
        while (!d.isEmpty() && now - d.peekFirst() >= WINDOW_MS) {
            d.removeFirst();
        }
        return d;
    }
}
