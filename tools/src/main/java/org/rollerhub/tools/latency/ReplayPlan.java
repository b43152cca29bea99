package org.rollerhub.tools.latency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PressureBatch;
import org.rollerhub.protocol.SerialStreamDecoder;

/**
 * A serial capture cut into its frames (each up to and including its 0x00), each with the device
 * time at which the roller would have sent it, so that a replay can hand the hub one frame at a
 * time at the pace it was recorded.
 *
 * @param frames the frames, in order
 * @param dueUs for each frame, device time relative to the first timed frame, µs (unwrapped)
 */
record ReplayPlan(List<byte[]> frames, long[] dueUs) {

    /** The capture's length in device time, µs. */
    long durationUs() {
        return dueUs.length == 0 ? 0 : dueUs[dueUs.length - 1];
    }

    static ReplayPlan of(byte[] rlr) {
        List<byte[]> frames = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < rlr.length; i++) {
            if (rlr[i] == 0) {
                frames.add(Arrays.copyOfRange(rlr, start, i + 1));
                start = i + 1;
            }
        }
        if (start < rlr.length) {
            frames.add(Arrays.copyOfRange(rlr, start, rlr.length));
        }
        long[] due = new long[frames.size()];
        long[] last = {-1};
        long[] unwrapped = {0};
        long[] first = {-1};
        SerialStreamDecoder decoder = new SerialStreamDecoder((Packet p) -> {
            long t;
            if (p instanceof ImuBatch b) {
                t = b.t0Us();
            } else if (p instanceof PressureBatch b) {
                t = b.t0Us();
            } else {
                return;
            }
            if (last[0] >= 0) {
                long d = t - last[0];
                if (d < -(1L << 31)) {
                    d += 1L << 32; // u32 device time wrapped
                }
                unwrapped[0] += Math.max(0, d);
            }
            last[0] = t;
            if (first[0] < 0) {
                first[0] = 0;
            }
        });
        long current = 0;
        for (int i = 0; i < frames.size(); i++) {
            decoder.feed(frames.get(i));
            current = Math.max(current, unwrapped[0]);
            due[i] = current;
        }
        return new ReplayPlan(frames, due);
    }
}
