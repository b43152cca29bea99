package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovementStyleTest {

    @Test
    void everyShapeGoesFromRestToRestWithConsistentDerivatives() {
        for (RampShape shape : RampShape.values()) {
            assertEquals(0, shape.share(0), 1e-12, shape.label());
            assertEquals(1, shape.share(1), 1e-12, shape.label());
            assertEquals(0, shape.slope(0), 1e-12, shape.label());
            assertEquals(0, shape.slope(1), 1e-12, shape.label());
            double h = 1e-6;
            for (double u = 0.05; u < 1; u += 0.05) {
                double slope = (shape.share(u + h) - shape.share(u - h)) / (2 * h);
                double curvature = (shape.slope(u + h) - shape.slope(u - h)) / (2 * h);
                assertEquals(slope, shape.slope(u), 1e-6, shape.label() + " slope at " + u);
                assertEquals(curvature, shape.curvature(u), 1e-5, shape.label() + " curvature at " + u);
                assertTrue(shape.share(u) > shape.share(u - 0.05), shape.label() + " rises at " + u);
            }
        }
    }

    @Test
    void shapesDifferInHowSharplyTheySetOff() {
        // a tenth of the way in: min-jerk has done least, smoothstep most (3u² against π²u²/4)
        double u = 0.1;
        assertTrue(RampShape.MINIMUM_JERK.share(u) < RampShape.COSINE.share(u));
        assertTrue(RampShape.COSINE.share(u) < RampShape.SMOOTHSTEP.share(u));
    }

    @Test
    void shapesParseByTheirLabels() {
        for (RampShape shape : RampShape.values()) {
            assertEquals(shape, RampShape.parse(shape.label().toUpperCase()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RampShape.parse("linear"));
        assertTrue(e.getMessage().contains("smoothstep, cosine or min-jerk"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MovementStyle.STEADY.withBreathWander(0.6));
        assertThrows(IllegalArgumentException.class, () -> MovementStyle.STEADY.withBreathWander(Double.NaN));
    }

    @Test
    void aChannelFollowsItsShape() {
        Channel cosine = new Channel.Builder(0, RampShape.COSINE).ramp(1, 2, 10).build();
        Channel.Cursor c = cosine.cursor();
        assertEquals(0, c.value(0.5), 1e-12);
        assertEquals(10 * RampShape.COSINE.share(0.25), c.value(1.5), 1e-12);
        assertEquals(10 * RampShape.COSINE.slope(0.25) / 2, c.rate(), 1e-12);
        assertEquals(10 * RampShape.COSINE.curvature(0.25) / 4, c.accel(), 1e-12);
        assertEquals(10, c.value(3.5), 1e-12);
    }

    @Test
    void steadyBreathingIsASineAndWanderingBreathingStraysByItsFraction() {
        Scenario scenario = ScenarioGenerator.generate(11);
        BodyTimeline.SessionSpan steady = BodyTimeline.of(scenario).sessions().get(0);
        BodyTimeline.SessionSpan same = BodyTimeline.of(scenario, MovementStyle.STEADY).sessions().get(0);
        double hz = steady.breathHz();
        for (double t = steady.lieDownStartS(); t < steady.lieDownStartS() + 60; t += 0.37) {
            double expected = steady.breathAmplitudeN() * Math.sin(2 * Math.PI * hz * (t - steady.lieDownStartS()));
            assertEquals(expected, steady.breathAt(t), 1e-9);
            assertEquals(expected, same.breathAt(t), 1e-9);
        }
        double wander = 0.2;
        BodyTimeline.SessionSpan wandering = BodyTimeline.of(scenario, MovementStyle.STEADY.withBreathWander(wander))
                .sessions().get(0);
        // the breaths' lengths (between upward zero crossings) over two wander cycles
        List<Double> periods = new ArrayList<>();
        double previousCrossing = Double.NaN;
        double previous = wandering.breathAt(wandering.lieDownStartS());
        double peak = 0;
        for (double t = wandering.lieDownStartS() + 0.001; t < wandering.lieDownStartS() + 94; t += 0.001) {
            double v = wandering.breathAt(t);
            peak = Math.max(peak, Math.abs(v));
            if (previous < 0 && v >= 0) {
                if (!Double.isNaN(previousCrossing)) {
                    periods.add(t - previousCrossing);
                }
                previousCrossing = t;
            }
            previous = v;
        }
        double nominal = 1 / hz;
        double shortest = periods.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double longest = periods.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        // the rate wanders by ±20 %: breaths from about 1/1.2 to 1/0.8 of the nominal length
        assertTrue(shortest < nominal / 1.1 && shortest > nominal / 1.25, periods + " vs " + nominal);
        assertTrue(longest > nominal / 0.9 && longest < nominal / 0.75, periods + " vs " + nominal);
        // and the swing by ±30 %
        assertTrue(peak > 1.2 * wandering.breathAmplitudeN() && peak <= 1.3 * wandering.breathAmplitudeN() + 1e-9,
                peak + " vs " + wandering.breathAmplitudeN());
    }
}
