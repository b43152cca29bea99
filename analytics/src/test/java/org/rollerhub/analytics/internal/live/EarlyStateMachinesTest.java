package org.rollerhub.analytics.internal.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;

/** The onset and zone state machines on hand-made sample streams (1 kHz, F0 = 200 N). */
class EarlyStateMachinesTest {
    private static final double F0 = 200;

    private static OnsetDetector onset() {
        return new OnsetDetector(0.20, 0.05, 1.0, 500_000, 600);
    }

    @Test
    void aSlideDuringARiseFiresOnceAndRearmsInNeutral() {
        OnsetDetector d = onset();
        int fired = 0;
        long firedAt = -1;
        // 0-1 s neutral; 1-3 s the load rises to 1.6 F0 while the contact slides 2 cm toward the feet
        for (int ms = 0; ms < 3000; ms++) {
            double u = Math.max(0, Math.min(1, (ms - 1000) / 2000.0));
            double s = 5 - 2 * u;
            double load = F0 * (1 + 0.6 * u);
            if (!Double.isNaN(d.sample(ms * 1000L, s, load, F0))) {
                fired++;
                firedAt = ms;
            }
        }
        assertEquals(1, fired);
        assertEquals(2000, firedAt, 2, "the 1.0 cm of slide is reached half-way, the load then at 1.3 F0");
        // the load comes back: armed again, and a second sliding rise fires again
        for (int ms = 3000; ms < 6000; ms++) {
            double u = ms < 4000 ? 0 : Math.min(1, (ms - 4000) / 1000.0);
            double s = 3 - 1.5 * u;
            double load = ms < 3500 ? F0 * 1.6 : ms < 4000 ? F0 : F0 * (1 + 0.6 * u);
            if (!Double.isNaN(d.sample(ms * 1000L, s, load, F0))) {
                fired++;
            }
        }
        assertEquals(2, fired);
    }

    @Test
    void aSlideWithoutARiseIsNotAnOnset() {
        OnsetDetector d = onset();
        for (int ms = 0; ms < 3000; ms++) { // a shift of 4 cm toward the feet with a 10 % load bump
            double u = Math.min(1, ms / 2000.0);
            assertTrue(Double.isNaN(d.sample(ms * 1000L, -4 * u, F0 * (1 + 0.10 * Math.sin(Math.PI * u)), F0)));
        }
        assertTrue(Double.isNaN(onset().sample(0, 0, 500, 0)), "no baseline yet: nothing");
    }

    @Test
    void theSlideCountsFromBeforeTheLoadLeftNeutral() {
        OnsetDetector d = onset();
        double slide = Double.NaN;
        // the contact slides 0.8 cm while a breath's trough keeps the load neutral, then the load rises
        for (int ms = 0; ms < 1500 && Double.isNaN(slide); ms++) {
            double s = ms < 400 ? 0 : -(ms - 400) / 500.0; // 2 cm/s from 0.4 s on
            double load = ms < 800 ? F0 : F0 * 1.3;
            slide = d.sample(ms * 1000L, s, load, F0);
        }
        assertFalse(Double.isNaN(slide));
        assertEquals(1.0, slide, 0.01, "measured from where the slide began, within the lookback");
    }

    @Test
    void zonesAreReachedOnceUntilLeftByTheHysteresis() {
        ZoneWatch z = new ZoneWatch(0.3);
        assertNull(z.sample(9.0, true, 10, -10));
        assertEquals(Level.C, z.sample(10.1, true, 10, -10));
        assertNull(z.sample(9.8, true, 10, -10), "not 0.3 cm back out yet");
        assertNull(z.sample(10.2, true, 10, -10));
        assertNull(z.sample(9.6, true, 10, -10));
        assertEquals(Level.C, z.sample(10.05, true, 10, -10));
        assertEquals(Level.L, new ZoneWatch(0.3).sample(-10.5, true, 10, -10));
        assertNull(new ZoneWatch(0.3).sample(-10.5, false, 10, -10), "not while unloaded");
        assertNull(new ZoneWatch(0.3).sample(Double.NaN, true, 10, -10));
    }
}
