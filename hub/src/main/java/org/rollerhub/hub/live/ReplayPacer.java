package org.rollerhub.hub.live;

/**
 * Plays a recording at a multiple of the pace it was recorded at: after each chunk of the stream,
 * {@link #pace} waits until the wall time since the first chunk has caught up with the device time
 * it reached, divided by the speed. A device clock that steps back or jumps ahead by more than
 * {@link #MAX_STEP_US} (a roller that rebooted, a recording spliced from two links) is taken as no
 * time at all, so a replay never stalls on such a step. Not thread-safe: the link's thread uses it.
 */
final class ReplayPacer {
    /** The largest device-time step taken as time passing, µs: more is a clock jump, not a pause. */
    static final long MAX_STEP_US = 10_000_000;

    /** Where the time to wait comes from; the real one sleeps. */
    interface Sleeper {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;
    }

    static final Sleeper REAL = new Sleeper() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    private final double speed;
    private final Sleeper sleeper;
    private boolean started;
    private long lastDeviceUs;
    private long startNanos;
    private double playedNanos; // wall time the device time so far is worth at this speed

    /** @param speed multiple of the recorded pace, over 0 */
    ReplayPacer(double speed, Sleeper sleeper) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be over 0, not " + speed);
        }
        this.speed = speed;
        this.sleeper = sleeper;
    }

    /** The stream has reached device time {@code deviceUs}: waits until the wall clock has caught up with it. */
    void pace(long deviceUs) throws InterruptedException {
        if (!started) {
            started = true;
            lastDeviceUs = deviceUs;
            startNanos = sleeper.nanoTime();
            return;
        }
        long step = deviceUs - lastDeviceUs;
        lastDeviceUs = deviceUs;
        if (step > 0 && step <= MAX_STEP_US) {
            playedNanos += step * 1000.0 / speed;
        }
        long wait = startNanos + (long) playedNanos - sleeper.nanoTime();
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
    }
}
