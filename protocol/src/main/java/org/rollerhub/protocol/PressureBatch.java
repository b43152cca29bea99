package org.rollerhub.protocol;

import java.util.Arrays;

/**
 * PRESSURE (0x03): a batch of samples of every cell, in raw counts (u16). Sample {@code k} was
 * taken at {@code t0 + round(k · 10^6 / pressureRate)} µs of the device clock.
 *
 * @param seq sender sequence number
 * @param t0Us device time of the first sample, µs, as sent (u32)
 * @param cells cells per sample, 1..8
 * @param counts counts 0..65535, sample by sample, each sample's cells left to right; owned by
 *     this record and must not be changed
 */
public record PressureBatch(int seq, long t0Us, int cells, int[] counts) implements RollerPacket {

    public PressureBatch {
        if (cells < 1 || cells > Hello.MAX_CELLS || counts.length == 0 || counts.length % cells != 0) {
            throw new IllegalArgumentException("a pressure batch holds whole samples of 1..8 cells");
        }
    }

    @Override
    public int type() {
        return PacketTypes.PRESSURE;
    }

    /** Number of samples in the batch. */
    public int sampleCount() {
        return counts.length / cells;
    }

    /** Raw count of {@code cell} in sample {@code k}. */
    public int count(int k, int cell) {
        return counts[k * cells + cell];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PressureBatch b && b.seq == seq && b.t0Us == t0Us && b.cells == cells
                && Arrays.equals(b.counts, counts);
    }

    @Override
    public int hashCode() {
        return ((seq * 31 + Long.hashCode(t0Us)) * 31 + cells) * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "PressureBatch[seq=" + seq + ", t0Us=" + t0Us + ", cells=" + cells + ", samples=" + sampleCount() + "]";
    }
}
