package org.rollerhub.protocol;

/** Little-endian reads and writes on byte arrays. Callers check bounds first. */
final class LittleEndian {
    private LittleEndian() {
    }

    static int u8(byte[] b, int off) {
        return b[off] & 0xFF;
    }

    static int u16(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
    }

    static short i16(byte[] b, int off) {
        return (short) u16(b, off);
    }

    static long u32(byte[] b, int off) {
        return (u16(b, off) | (long) u16(b, off + 2) << 16) & 0xFFFF_FFFFL;
    }

    static long u64(byte[] b, int off) {
        return u32(b, off) | u32(b, off + 4) << 32;
    }

    static float f32(byte[] b, int off) {
        return Float.intBitsToFloat((int) u32(b, off));
    }

    static void u8(byte[] b, int off, int v) {
        b[off] = (byte) v;
    }

    static void u16(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
    }

    static void u32(byte[] b, int off, long v) {
        u16(b, off, (int) v);
        u16(b, off + 2, (int) (v >>> 16));
    }

    static void u64(byte[] b, int off, long v) {
        u32(b, off, v);
        u32(b, off + 4, v >>> 32);
    }

    static void f32(byte[] b, int off, float v) {
        u32(b, off, Float.floatToRawIntBits(v) & 0xFFFF_FFFFL);
    }
}
