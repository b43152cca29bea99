package org.rollerhub.analytics.internal.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;

class SpineMapTest {
    @Test
    void bandsScaleWithStatureAroundTheMiddleOfTheStartLevel() {
        SpineMap map = new SpineMap(170, Level.T8);
        assertEquals(Level.T8, map.levelAt(0));
        assertEquals(Level.T8, map.levelAt(1.19)); // T8 is 2.4 cm: ±1.2 around its middle
        assertEquals(Level.T7, map.levelAt(1.21));
        assertEquals(Level.T9, map.levelAt(-1.21));
        // top of T1: 1.2 + T7..T1 = 1.2 + 2.3 + 2.3 + 2.2 + 2.1 + 2.0 + 2.0 + 1.9 = 16.0 cm
        assertEquals(Level.T1, map.levelAt(15.99));
        assertEquals(Level.C, map.levelAt(16.01));
        // bottom of T12: 1.2 + 2.5 + 2.5 + 2.6 + 2.7 = 11.5 cm toward the feet
        assertEquals(Level.T12, map.levelAt(-11.49));
        assertEquals(Level.L, map.levelAt(-11.51));
        SpineMap tall = new SpineMap(200, Level.T8);
        assertEquals(Level.T1, tall.levelAt(16.0 * 200 / 170 - 0.01));
        assertEquals(Level.C, tall.levelAt(16.0 * 200 / 170 + 0.01));
    }
}
