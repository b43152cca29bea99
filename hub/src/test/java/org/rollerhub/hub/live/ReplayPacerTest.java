package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The pacer's arithmetic against a fake clock that advances only when it sleeps. */
class ReplayPacerTest {
    /** A clock that moves only by the pacer's sleeps, plus what the test says the work took. */
    private static final class FakeTime implements ReplayPacer.Sleeper {
        long now = 1_000_000_000L;
        long slept;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            now += nanos;
            slept += nanos;
        }
    }

    @Test
    void waitsForTheDeviceTimeDividedByTheSpeed() throws Exception {
        FakeTime time = new FakeTime();
        ReplayPacer pacer = new ReplayPacer(4, time);
        pacer.pace(7_000_000); // the first chunk only starts the clock
        assertEquals(0, time.slept);
        pacer.pace(9_000_000); // 2 s of device time at 4x: 0.5 s
        assertEquals(500_000_000L, time.slept);
        time.now += 100_000_000L; // decoding took 0.1 s of the next 0.25 s
        pacer.pace(10_000_000);
        assertEquals(650_000_000L, time.slept);
    }

    @Test
    void workSlowerThanThePaceIsNotMadeUpBySleepingLess() throws Exception {
        FakeTime time = new FakeTime();
        ReplayPacer pacer = new ReplayPacer(1, time);
        pacer.pace(0);
        time.now += 3_000_000_000L; // 3 s of work for 1 s of device time: behind, no sleep
        pacer.pace(1_000_000);
        assertEquals(0, time.slept);
        pacer.pace(5_000_000); // due at 5 s after the start, it is 3 s: sleep 2 s
        assertEquals(2_000_000_000L, time.slept);
    }

    @Test
    void aClockThatStepsBackOrJumpsIsNoTimeAtAll() throws Exception {
        FakeTime time = new FakeTime();
        ReplayPacer pacer = new ReplayPacer(1, time);
        pacer.pace(50_000_000);
        pacer.pace(1_000_000); // rebooted roller: back to 1 s
        assertEquals(0, time.slept);
        pacer.pace(1_000_000 + ReplayPacer.MAX_STEP_US + 1); // a jump, not a pause
        assertEquals(0, time.slept);
        pacer.pace(1_000_000 + ReplayPacer.MAX_STEP_US + 1 + 2_000_000); // then 2 s played at 2 s
        assertEquals(2_000_000_000L, time.slept);
    }

    @Test
    void aSpeedOfZeroOrLessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayPacer(0, new FakeTime()));
        assertThrows(IllegalArgumentException.class, () -> new ReplayPacer(Double.NaN, new FakeTime()));
    }
}
