package org.rollerhub.protocol;

/**
 * Unwraps the roller's u32 microsecond clock (it wraps every 2^32 µs, about 71.6 minutes) onto a
 * monotonic 64-bit timeline. IMU, PRESSURE and BUTTON times come from one clock, and their
 * packets may interleave slightly out of time order; so each raw time is placed at the signed
 * 32-bit distance from the latest time seen, which is right while consecutive times are under
 * 2^31 µs (about 36 minutes) apart. The first time seen is taken as is (0 .. 2^32−1); a time a
 * little older than it maps just before it (below 0 if the first was just after a wrap).
 * Not thread-safe.
 */
public final class DeviceClock {
    private static final long WRAP = 1L << 32;
    private long latest;
    private boolean any;

    /** The unwrapped time, µs, of a raw u32 device time. */
    public long unwrap(long rawUs) {
        long raw = rawUs & (WRAP - 1);
        if (!any) {
            any = true;
            latest = raw;
            return raw;
        }
        int delta = (int) (raw - latest); // signed distance modulo 2^32
        long t = latest + delta;
        if (t > latest) {
            latest = t;
        }
        return t;
    }

    /** Forgets the timeline (a roller that rebooted). */
    public void reset() {
        any = false;
        latest = 0;
    }

    /** The latest unwrapped time seen, µs; 0 before any. */
    public long latestUs() {
        return latest;
    }

    /**
     * Device time of sample {@code k} of a batch starting at {@code t0Us}: t0 + round(k·10^6/rate)
     * µs, halves rounded up, in exact integer arithmetic. The result is on {@code t0Us}'s timeline:
     * pass an unwrapped t0 for an unwrapped time, or mask a raw one with 2^32−1 to get the wire value.
     */
    public static long sampleTimeUs(long t0Us, int k, int rateHz) {
        return t0Us + Math.floorDiv(2L * k * 1_000_000L + rateHz, 2L * rateHz);
    }
}
