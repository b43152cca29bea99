package org.rollerhub.protocol;

import java.util.Arrays;

/**
 * IMU (0x02): a batch of 1..19 samples in raw counts. Sample {@code k} was taken at
 * {@code t0 + round(k · 10^6 / imuRate)} µs of the device clock.
 *
 * @param seq sender sequence number
 * @param t0Us device time of the first sample, µs, as sent (u32, wraps every 2^32 µs)
 * @param counts the samples, six i16 counts each (ax, ay, az, gx, gy, gz), sample after sample;
 *     the array is owned by this record and must not be changed
 */
public record ImuBatch(int seq, long t0Us, short[] counts) implements RollerPacket {
    /** Values per sample: ax, ay, az, gx, gy, gz. */
    public static final int AXES = 6;
    /** Most samples in one batch. */
    public static final int MAX_SAMPLES = 19;

    public ImuBatch {
        if (counts.length % AXES != 0 || counts.length == 0 || counts.length > MAX_SAMPLES * AXES) {
            throw new IllegalArgumentException("an IMU batch holds 1.." + MAX_SAMPLES + " samples of 6 counts");
        }
    }

    @Override
    public int type() {
        return PacketTypes.IMU;
    }

    /** Number of samples in the batch. */
    public int sampleCount() {
        return counts.length / AXES;
    }

    /** Raw count of {@code axis} (0 ax .. 5 gz) of sample {@code k}. */
    public short count(int k, int axis) {
        return counts[k * AXES + axis];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImuBatch b && b.seq == seq && b.t0Us == t0Us && Arrays.equals(b.counts, counts);
    }

    @Override
    public int hashCode() {
        return (seq * 31 + Long.hashCode(t0Us)) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ImuBatch[seq=" + seq + ", t0Us=" + t0Us + ", samples=" + sampleCount() + "]";
    }
}
