package org.rollerhub.protocol;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, init 0xFFFF, no reflection, no final xor.
 * The check value of ASCII {@code 123456789} is 0x29B1.
 */
public final class Crc16 {
    /** The initial register value. */
    public static final int INIT = 0xFFFF;
    private static final char[] TABLE = new char[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = (char) (crc & 0xFFFF);
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
        int c = crc;
        final int end = off + len;
        for (int i = off; i < end; i++) {
            c = ((c << 8) ^ TABLE[((c >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return c;
    }
}
