package org.rollerhub.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.internal.position.SpineMap;

/** Traces made while a shared sample capture is analysed: their length, their load, and reps where the trace says. */
class TraceRecorderTest {
    private static final Path SAMPLES = Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples");

    @Test
    void everySessionHasAnEvenTraceThatShowsItsReps() throws Exception {
        AnalyticsSettings settings = new AnalyticsSettings(173.0, Level.T9); // sample-109's rider
        CaptureAnalysis a;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("sample-109.rlr"))) {
            a = CaptureAnalysis.of(in, settings, null);
        }
        assertTrue(a.reports().size() >= 1);
        for (SessionReport r : a.reports()) {
            SessionTrace t = r.trace();
            assertNotNull(t, r.sessionId());
            double duration = (r.summary().endUs() - r.summary().startUs()) / 1e6;
            assertEquals(Math.floor(duration * 10) + 1, t.positionCm().length, 1.0);
            assertTrue(4.0 * t.positionCm().length / duration * 300 <= 50_000, "at most 50 kB per 5 minutes");
            int loaded = 0;
            for (float f : t.loadN()) {
                loaded += f > 40 ? 1 : 0;
            }
            assertTrue(loaded >= 0.9 * t.loadN().length, loaded + " of " + t.loadN().length + " points loaded");
            SpineMap map = new SpineMap(173.0, Level.T9);
            int found = 0;
            for (Rep rep : r.summary().reps()) {
                Set<Level> seen = EnumSet.noneOf(Level.class);
                for (int i = (int) (rep.startS() * 10); i <= (int) (rep.endS() * 10) && i < t.positionCm().length; i++) {
                    seen.add(map.levelAt(t.positionCm()[i]));
                }
                found += seen.contains(rep.level()) ? 1 : 0;
            }
            assertTrue(found >= 0.8 * r.summary().reps().size(), found + " of " + r.summary().reps().size()
                    + " reps at their level in the trace");
            assertEquals(12, t.bands().size());
            assertEquals(Level.T9, map.levelAt((t.bands().get(8).topCm() + t.bands().get(8).bottomCm()) / 2));
            assertEquals(0.0, (t.bands().get(8).topCm() + t.bands().get(8).bottomCm()) / 2, 0.01,
                    "s = 0 is the middle of the start level");
        }
    }
}
