package org.rollerhub.analytics.internal.signal;

/** Settings are in seconds; the trackers count device time in microseconds. */
public final class Micros {
    private Micros() {
    }

    /** {@code seconds} in whole microseconds, rounded to the nearest. */
    public static long of(double seconds) {
        return Math.round(seconds * 1e6);
    }
}
