package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollerhub.protocol.DeviceClock;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.SeqTracker;

/**
 * A session's {@code lostPackets} are the runs of lost packets that began between the session's
 * start and end, as the seq gaps in the decoded capture show them: a run began after the last
 * sample received before its gap and no later than the first batch received after it (a batch
 * is sent with its last sample). Gaps wholly inside a session count toward it, gaps wholly
 * outside do not; a gap straddling a session's start or end counts whole or not at all.
 */
class SessionLostPacketsTest {
    private static final long WRAP = 1L << 32;

    @ParameterizedTest
    @ValueSource(longs = {1008, 1012, 31, 32, 33})
    void sessionLossesAreTheSeqGapsSentDuringTheSession(long seed) {
        GeneratedCapture capture = Simulator.generate(seed);
        Scenario scenario = Simulator.scenario(seed, GenerateOptions.defaults());
        List<LabelMaker.Window> windows = LabelMaker.windows(BodyTimeline.of(scenario));
        long deviceT0 = scenario.setup().deviceT0Us();
        Decoded d = Decoded.of(capture.rlr());

        int sessions = windows.size();
        long[] sure = new long[sessions];
        List<List<Integer>> straddling = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            straddling.add(new ArrayList<>());
        }
        DeviceClock clock = new DeviceClock();
        SeqTracker seq = new SeqTracker();
        Hello hello = null;
        long firstRaw = -1;
        long firstUnwrapped = 0;
        double lastSampleS = Double.NEGATIVE_INFINITY; // latest sample received so far, capture s
        int pending = 0; // lost packets whose gap waits for the next batch's send time
        double gapFromS = 0;
        for (Packet p : d.packets) {
            int lost = seq.accept(p.seq());
            if (lost > 0 && pending == 0) {
                gapFromS = lastSampleS;
            }
            pending += lost;
            long t0;
            int count;
            int rate;
            if (p instanceof Hello h) {
                hello = h;
                continue;
            } else if (p instanceof ImuBatch b && hello != null) {
                t0 = b.t0Us();
                count = b.sampleCount();
                rate = hello.imuRateHz();
            } else if (p instanceof PressureBatch b && hello != null) {
                t0 = b.t0Us();
                count = b.sampleCount();
                rate = hello.pressureRateHz();
            } else {
                continue;
            }
            long unwrapped = clock.unwrap(t0);
            if (firstRaw < 0) {
                firstRaw = t0 & (WRAP - 1);
                firstUnwrapped = unwrapped;
            }
            long sinceStartUs = unwrapped - firstUnwrapped + Math.floorMod(firstRaw - deviceT0, WRAP);
            double sentS = (DeviceClock.sampleTimeUs(sinceStartUs, count - 1, rate)) / 1e6;
            if (pending > 0) {
                for (int i = 0; i < sessions; i++) {
                    LabelMaker.Window w = windows.get(i);
                    if (gapFromS >= w.startS() && sentS <= w.endS()) {
                        sure[i] += pending;
                    } else if (sentS >= w.startS() && gapFromS <= w.endS()) {
                        straddling.get(i).add(pending);
                    }
                }
                pending = 0;
            }
            lastSampleS = Math.max(lastSampleS, sentS);
        }
        assertTrue(Arrays.stream(sure).sum() > 0, "seed " + seed + " loses packets during its sessions");
        for (int i = 0; i < sessions; i++) {
            long labelled = capture.labels().sessions().get(i).link().lostPackets();
            assertTrue(isSubsetSum(labelled - sure[i], straddling.get(i)), "seed " + seed + " session " + i
                    + ": labelled " + labelled + ", gaps inside " + sure[i] + ", straddling an edge " + straddling.get(i));
        }
    }

    /** Whether {@code target} is the sum of some of {@code gaps} (each whole or not at all). */
    private static boolean isSubsetSum(long target, List<Integer> gaps) {
        for (int mask = 0; mask < 1 << gaps.size(); mask++) {
            long sum = 0;
            for (int k = 0; k < gaps.size(); k++) {
                if ((mask & 1 << k) != 0) {
                    sum += gaps.get(k);
                }
            }
            if (sum == target) {
                return true;
            }
        }
        return false;
    }
}
