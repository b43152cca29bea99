package org.rollerhub.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's start and end are where the true load crossed 80 N and 40 N, and its lost packets
 * are the runs of lost packets that began between them: the end is right although the cells'
 * zero drifted during the session and although samples around it were lost, and a lost run is
 * counted by when it began, whenever the link reports it.
 */
class SessionBoundsTest {
    private static final AnalyticsSettings T8 = new AnalyticsSettings(170, Level.T8);

    /** Raised cosine from F0 to 0 over {@code rampS}: where it passes {@code thresholdN}, s after the ramp began. */
    private static double fallingCrossingS(double f0N, double thresholdN, double rampS) {
        return rampS * Math.acos(2 * thresholdN / f0N - 1) / Math.PI;
    }

    private static double risingCrossingS(double f0N, double thresholdN, double rampS) {
        return rampS * Math.acos(1 - 2 * thresholdN / f0N) / Math.PI;
    }

    /**
     * Lies down over {@code rampS}, lies for {@code lyingS}, gets off over {@code rampS} and leaves
     * the roller empty for 8 s; returns where the true load crossed 80 N and 40 N, s.
     */
    private static double[] lieThenGetOff(SyntheticSession s, double rampS, double lyingS) {
        double lieDown = s.t;
        s.lieDown(rampS).rest(lyingS);
        double getOff = s.t;
        s.getOff(rampS).rest(8);
        return new double[] {lieDown + risingCrossingS(s.f0N, 80, rampS), getOff + fallingCrossingS(s.f0N, 40, rampS)};
    }

    @Test
    void theEndIsWhereTheTrueLoadFellBelowFortyNewtonsThoughTheZeroDrifted() {
        SyntheticSession s = new SyntheticSession();
        s.breathN = 0; // the true load is then the ramps alone
        s.zeroDriftNps = 0.1; // 6 N a minute: twice the model's worst, 12 N by the end
        s.rest(3);
        double[] truth = lieThenGetOff(s, 1.5, 120);
        double trueStart = truth[0];
        double trueEnd = truth[1];
        SessionSummary sum = SyntheticSession.summary(s.run(T8, 10));
        // reading the drifted load against 40 N would put the end about 80 ms late
        assertEquals(trueStart, (sum.startUs() - s.t0Us) / 1e6, 0.015, sum.toString());
        assertEquals(trueEnd, (sum.endUs() - s.t0Us) / 1e6, 0.015, sum.toString());
    }

    @Test
    void theEndIsFoundAcrossLostSamplesAndLostRunsCountByWhenTheyBegan() {
        SyntheticSession s = new SyntheticSession();
        s.breathN = 0;
        s.rest(3);
        double[] truth = lieThenGetOff(s, 1.5, 20);
        double trueStart = truth[0];
        double trueEnd = truth[1];
        // the link loses everything from 100 ms before the end to 100 ms after it; the runs are
        // reported late (when the next packet arrives) and out of order, by report time
        double lostFrom = trueEnd - 0.1;
        double lostTo = trueEnd + 0.1;
        List<double[]> runs = new ArrayList<>(); // {began s, packets, reported at s}
        runs.add(new double[] {trueStart - 0.06, 2, trueStart + 0.3}); // began before the session: not counted
        runs.add(new double[] {trueStart + 0.06, 3, trueStart + 0.4}); // counted
        runs.add(new double[] {10, 1, 10.2}); // counted
        runs.add(new double[] {trueEnd + 0.05, 4, lostTo}); // began after the end: not counted
        runs.add(new double[] {trueEnd - 0.05, 5, lostTo}); // began before it: counted whole
        runs.add(new double[] {trueEnd + 3, 6, trueEnd + 3.1}); // while the roller lies empty: not counted

        List<SessionEvent> events = s.runLosing(T8, new double[][] {{lostFrom, lostTo}}, runs);
        SessionSummary sum = SyntheticSession.summary(events);
        assertEquals(trueStart, (sum.startUs() - s.t0Us) / 1e6, 0.015, sum.toString());
        // the first sample after the hole would be 100 ms late; the fit bridges it (4 N of noise
        // at 50 Hz leaves it about ±15 ms)
        assertEquals(trueEnd, (sum.endUs() - s.t0Us) / 1e6, 0.03, sum.toString());
        assertEquals(3 + 1 + 5, sum.lostPackets(), sum.toString());
    }

    @Test
    void startAndEndAreFoundThoughTheSamplesRightAfterThemWereLostOnSlowRamps() {
        SyntheticSession s = new SyntheticSession();
        s.breathN = 0;
        s.f0N = 115; // a light rider getting on and off slowly: the zero follows the first newtons
        s.pressureHz = 100;
        s.zeroDriftNps = -0.05; // 3 N a minute, the model's worst
        s.rest(10); // long enough for the zero to settle on its first noisy reading
        double[] truth = lieThenGetOff(s, 2.5, 60);
        double trueStart = truth[0];
        double trueEnd = truth[1];
        // The zero follows the first 10 N of getting on, so the load crosses 80 N against it 0.13 s
        // late, inside a hole of lost samples: the first sample past the threshold is 0.45 s late.
        // The end is read against a zero 14 N off until the drift is known: its crossing against
        // that comes 0.17 s early, before another hole. Each time the fit window around the
        // crossing found live misses the true one.
        double[][] holes = {{trueStart + 0.08, trueStart + 0.45}, {trueEnd - 0.05, trueEnd + 0.3}};
        List<SessionEvent> events = s.runLosing(T8, holes, List.of());
        SessionSummary sum = SyntheticSession.summary(events);
        // the zero as it was 1.5 s before the crossing had already followed 1.5 N: about 25 ms late
        assertEquals(trueStart, (sum.startUs() - s.t0Us) / 1e6, 0.04, sum.toString());
        assertEquals(trueEnd, (sum.endUs() - s.t0Us) / 1e6, 0.04, sum.toString());
    }
}
