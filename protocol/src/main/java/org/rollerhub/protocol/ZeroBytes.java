package org.rollerhub.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Finds 0x00 bytes (serial frame delimiters) eight bytes at a time. */
final class ZeroBytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    private ZeroBytes() {
    }

    /** Index of the first 0x00 in {@code a[from, to)}, or -1. */
    static int indexOf(byte[] a, int from, int to) {
        int i = from;
        for (; to - i >= Long.BYTES; i += Long.BYTES) {
            long v = (long) LONGS.get(a, i);
            // Flags the high bit of every zero byte; a borrow can only flag bytes above a real
            // zero, so the lowest flag (first in little-endian order) is always a real zero.
            long zeros = (v - ONES) & ~v & HIGHS;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
