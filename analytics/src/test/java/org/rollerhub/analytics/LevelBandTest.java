package org.rollerhub.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.internal.position.SpineMap;

class LevelBandTest {

    @Test
    void bandsAreTheLevelsTheAnalyserPlacesRepsOn() {
        AnalyticsSettings settings = new AnalyticsSettings(181.0, Level.T6);
        SpineMap map = new SpineMap(181.0, Level.T6);
        List<LevelBand> bands = LevelBand.of(settings);
        assertEquals(12, bands.size());
        for (int k = 0; k < 12; k++) {
            LevelBand b = bands.get(k);
            assertEquals(Level.values()[k + 1], b.level());
            assertTrue(b.topCm() > b.bottomCm(), b.toString());
            assertEquals(b.level(), map.levelAt((b.topCm() + b.bottomCm()) / 2));
            assertEquals(b.level(), map.levelAt(b.topCm() - 1e-6), "just below the top edge");
            if (k > 0) {
                assertEquals(bands.get(k - 1).bottomCm(), b.topCm(), 1e-12, "contiguous");
            }
        }
        assertEquals(Level.C, map.levelAt(bands.get(0).topCm() + 1e-6));
        assertEquals(Level.L, map.levelAt(bands.get(11).bottomCm() - 1e-6));
        LevelBand start = bands.get(Level.T6.ordinal() - 1);
        assertEquals(0.0, (start.topCm() + start.bottomCm()) / 2, 1e-9, "s = 0 is the middle of the start level");
        assertEquals(1.9 * 181.0 / 170.0, bands.get(0).topCm() - bands.get(0).bottomCm(), 1e-9, "T1 scaled by stature");
    }
}
