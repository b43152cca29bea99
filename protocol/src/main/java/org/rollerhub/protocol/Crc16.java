package org.rollerhub.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, init 0xFFFF, no reflection, no final xor.
 * The check value of ASCII {@code 123456789} is 0x29B1.
 *
 * <p>Computed eight bytes at a time ("slicing by 8"): table {@code k} holds the CRC of a byte
 * followed by {@code k} zero bytes, and because the CRC is linear and the 16-bit register acts
 * as if xored into the first two bytes, eight table lookups replace eight dependent steps. Why:
 * the CRC is most of a decoder's work per byte (see DecodeBenchmark).
 */
public final class Crc16 {
    /** The initial register value. */
    public static final int INIT = 0xFFFF;
    private static final int SLICES = 8;
    /** {@code TABLES[k * 256 + x]}: the CRC, from a zero register, of byte x followed by k zero bytes. */
    private static final int[] TABLES = new int[SLICES * 256];

    static {
        for (int x = 0; x < 256; x++) {
            int crc = x << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLES[x] = crc & 0xFFFF;
        }
        for (int k = 1; k < SLICES; k++) {
            for (int x = 0; x < 256; x++) {
                int prev = TABLES[(k - 1) * 256 + x];
                TABLES[k * 256 + x] = ((prev << 8) & 0xFFFF) ^ TABLES[prev >>> 8];
            }
        }
    }

    private Crc16() {
    }

    /** The CRC of {@code len} bytes of {@code data} from {@code off}. */
    public static int compute(byte[] data, int off, int len) {
        return update(INIT, data, off, len);
    }

    /** Continues a CRC computation: {@code crc} is the register so far (start with {@link #INIT}). */
    public static int update(int crc, byte[] data, int off, int len) {
        final int[] t = TABLES;
        int c = crc & 0xFFFF;
        int i = off;
        final int end = off + len;
        for (; end - i >= SLICES; i += SLICES) {
            c = t[7 * 256 + (((c >>> 8) ^ data[i]) & 0xFF)]
                    ^ t[6 * 256 + ((c ^ data[i + 1]) & 0xFF)]
                    ^ t[5 * 256 + (data[i + 2] & 0xFF)]
                    ^ t[4 * 256 + (data[i + 3] & 0xFF)]
                    ^ t[3 * 256 + (data[i + 4] & 0xFF)]
                    ^ t[2 * 256 + (data[i + 5] & 0xFF)]
                    ^ t[256 + (data[i + 6] & 0xFF)]
                    ^ t[data[i + 7] & 0xFF];
        }
        for (; i < end; i++) {
            c = ((c << 8) & 0xFFFF) ^ t[((c >>> 8) ^ data[i]) & 0xFF];
        }
        return c;
    }
}
