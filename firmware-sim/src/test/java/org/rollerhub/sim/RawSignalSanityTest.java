package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels are where the raw signals say: sessions at the 80 N / 40 N crossings of the decoded
 * total load, reps as load rises of 20 % of F0 or more that come back, shift distances as r times
 * the integrated (bias-corrected) gyroscope, and the accelerometer's roll angle turning with it.
 */
class RawSignalSanityTest {

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void labelsAgreeWithTheDecodedSignals(long seed) {
        GeneratedCapture capture = Simulator.generate(seed, GenerateOptions.defaults().withLink(LinkKind.CLEAN));
        Labels labels = capture.labels();
        Decoded d = Decoded.of(capture.rlr());
        Scenario scenario = Simulator.scenario(seed, GenerateOptions.defaults());
        List<BodyTimeline.ShiftSpan> shiftSpans = BodyTimeline.of(scenario).shifts();
        double r = labels.meta().diameterMm() / 20.0;
        double weight = labels.meta().massKg() * SimSetup.G;
        double from = 0;
        int shiftIndex = 0;
        for (Labels.Session s : labels.sessions()) {
            // The unloaded roller's reading (zero error and drift) is taken off, as an analyser would.
            double unloaded = d.meanLoad(from, from + 1.0);
            double start = d.firstAbove(from, 80 + unloaded);
            double end = d.firstBelow(start + 10, 40 + unloaded);
            assertEquals(s.durationS(), end - start, 0.6, "session length from the 80 N / 40 N crossings");
            from = end + 1;
            for (Labels.Rep rep : s.reps()) {
                double t0 = start + rep.startS();
                double base = d.meanLoad(t0 - 0.6, t0);
                assertTrue(base > 0.2 * weight && base < 0.4 * weight, "F0 " + base / weight + " of body weight");
                double peak = 0;
                for (double t = t0; t < start + rep.endS(); t += 0.05) {
                    double m = d.meanLoad(t, t + 0.25);
                    peak = Double.isNaN(m) ? peak : Math.max(peak, m);
                }
                assertTrue(peak - base > 0.2 * base, "rep at " + rep.startS() + " rises " + (peak - base) / base);
                double after = d.meanLoad(start + rep.endS() + 0.6, start + rep.endS() + 1.0);
                assertTrue(Math.abs(after - base) < 0.1 * base + 0.04 * weight, "rep at " + rep.startS() + " comes back");
            }
            for (Labels.Shift shift : s.shifts()) {
                BodyTimeline.ShiftSpan span = shiftSpans.get(shiftIndex++);
                double t0 = start + shift.atS();
                double bias = d.meanGyro(t0 - 0.9, t0 - 0.2);
                double turn = d.turn(t0 - 0.2, t0 + (span.endS() - span.startS()) + 0.2, bias);
                assertEquals(shift.distanceCm(), r * turn, 0.1 + 0.03 * Math.abs(shift.distanceCm()),
                        "shift at " + shift.atS());
                double before = rollAngle(d, t0 - 0.9, t0 - 0.05);
                double afterAngle = rollAngle(d, t0 + span.endS() - span.startS() + 0.05,
                        t0 + span.endS() - span.startS() + 0.9);
                // The accelerometer sees the angle modulo a whole turn.
                double mismatch = Math.IEEEremainder(afterAngle - before - shift.distanceCm() / r, 2 * Math.PI);
                assertEquals(0, mismatch, 0.05 + 0.03 * Math.abs(shift.distanceCm() / r),
                        "gravity turns with the roller at " + shift.atS());
            }
        }
    }

    /** Roll angle from the accelerometer, a = (0, sin θ, cos θ) g at rest, averaged over [from, to). */
    private static double rollAngle(Decoded d, double from, double to) {
        double y = 0;
        double z = 0;
        for (double[] s : d.imu) {
            if (s[0] >= from && s[0] < to) {
                y += s[2];
                z += s[3];
            }
        }
        return Math.atan2(y, z);
    }
}
