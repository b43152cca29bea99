package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DeviceClockTest {
    private static final long WRAP = 1L << 32;

    @Test
    void unwrapsAcrossTheWrapWithSlightlyOutOfOrderTimes() {
        DeviceClock clock = new DeviceClock();
        long start = WRAP - 50_000; // 50 ms before the wrap
        assertEquals(start, clock.unwrap(start));
        // IMU batches every 19 ms at 1 kHz, pressure every 10 ms at 100 Hz, interleaved a little late.
        long imu = start;
        long pressure = start - 3_000;
        for (int i = 0; i < 200; i++) {
            imu += 19_000;
            pressure += 10_000;
            assertEquals(imu, clock.unwrap(imu & (WRAP - 1)));
            assertEquals(pressure, clock.unwrap(pressure & (WRAP - 1)), "an earlier time after a later one");
            assertEquals(imu, clock.latestUs(), "the latest time does not go back");
        }
    }

    @Test
    void aTimeJustBeforeTheWrapAfterOneJustAfterIt() {
        DeviceClock clock = new DeviceClock();
        assertEquals(WRAP - 10, clock.unwrap(WRAP - 10));
        assertEquals(WRAP + 5, clock.unwrap(5));
        assertEquals(WRAP - 2, clock.unwrap(WRAP - 2), "late pressure batch from before the wrap");
        assertEquals(WRAP + 5, clock.latestUs());
    }

    @Test
    void manyWrapsOverHours() {
        DeviceClock clock = new DeviceClock();
        Random rnd = new Random(3);
        long t = 1_234_567;
        clock.unwrap(t);
        for (int i = 0; i < 100_000; i++) {
            t += 100_000 + rnd.nextInt(1_000_000); // 0.1..1.1 s steps: about 15 wraps
            long jitter = rnd.nextInt(20_000); // and a time up to 20 ms older now and then
            assertEquals(t - jitter, clock.unwrap((t - jitter) & (WRAP - 1)));
            assertEquals(t, clock.unwrap(t & (WRAP - 1)));
        }
        assertEquals(t, clock.latestUs());
    }

    @Test
    void resetStartsANewTimeline() {
        DeviceClock clock = new DeviceClock();
        clock.unwrap(WRAP - 1);
        clock.unwrap(10);
        clock.reset();
        assertEquals(0, clock.latestUs());
        assertEquals(WRAP - 100, clock.unwrap(WRAP - 100), "after a reboot the first time is taken as is");
    }

    @Test
    void sampleTimesAreT0PlusRoundedPeriods() {
        assertEquals(1000 + 2500, DeviceClock.sampleTimeUs(1000, 1, 400));
        assertEquals(1000 + 5000, DeviceClock.sampleTimeUs(1000, 2, 400));
        assertEquals(333_333, DeviceClock.sampleTimeUs(0, 1, 3));
        assertEquals(666_667, DeviceClock.sampleTimeUs(0, 2, 3));
        assertEquals(18 * 1000, DeviceClock.sampleTimeUs(0, 18, 1000));
        assertEquals(7813, DeviceClock.sampleTimeUs(0, 1, 128), "7812.5 rounds half up");
        assertEquals(142_857, DeviceClock.sampleTimeUs(0, 1, 7));
        assertEquals(WRAP + 4704, DeviceClock.sampleTimeUs(WRAP - 296, 2, 400), "the vector's wrap");
    }
}
