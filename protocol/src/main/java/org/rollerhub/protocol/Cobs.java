package org.rollerhub.protocol;

import java.util.Arrays;

/**
 * Consistent Overhead Byte Stuffing, for whole buffers. The encoded form holds no 0x00 byte;
 * the serial transport puts one 0x00 delimiter after each encoded frame. The streaming receiver
 * ({@link SerialStreamDecoder}) decodes COBS on the fly and does not use this class.
 */
public final class Cobs {
    private Cobs() {
    }

    /** Upper bound of the encoded size of {@code len} bytes (without the delimiter). */
    public static int maxEncodedLength(int len) {
        return len + len / 254 + 1;
    }

    /**
     * Encodes {@code len} bytes of {@code src} from {@code off} into {@code dst} at {@code dstOff};
     * returns the number of bytes written, at most {@link #maxEncodedLength(int)}. No delimiter.
     */
    public static int encode(byte[] src, int off, int len, byte[] dst, int dstOff) {
        int codeAt = dstOff;
        int out = dstOff + 1;
        int code = 1;
        final int end = off + len;
        for (int i = off; i < end; i++) {
            byte b = src[i];
            if (b == 0) {
                dst[codeAt] = (byte) code;
                codeAt = out++;
                code = 1;
            } else {
                dst[out++] = b;
                code++;
                if (code == 0xFF) {
                    dst[codeAt] = (byte) code;
                    codeAt = out++;
                    code = 1;
                }
            }
        }
        dst[codeAt] = (byte) code;
        return out - dstOff;
    }

    /** Encodes a whole buffer; no delimiter. */
    public static byte[] encode(byte[] src) {
        byte[] dst = new byte[maxEncodedLength(src.length)];
        int n = encode(src, 0, src.length, dst, 0);
        return Arrays.copyOf(dst, n);
    }

    /**
     * Decodes one encoded frame (no delimiter).
     *
     * @throws ProtocolException of kind {@link ProtocolException.Kind#FRAMING} if the input holds a
     *     0x00 or a block runs past its end
     */
    public static byte[] decode(byte[] src) throws ProtocolException {
        byte[] dst = new byte[src.length];
        int out = 0;
        int i = 0;
        while (i < src.length) {
            int code = src[i++] & 0xFF;
            if (code == 0) {
                throw new ProtocolException(ProtocolException.Kind.FRAMING, "0x00 inside a COBS frame");
            }
            if (i + code - 1 > src.length) {
                throw new ProtocolException(ProtocolException.Kind.FRAMING, "COBS block runs past the frame");
            }
            for (int k = 1; k < code; k++) {
                byte b = src[i++];
                if (b == 0) {
                    throw new ProtocolException(ProtocolException.Kind.FRAMING, "0x00 inside a COBS frame");
                }
                dst[out++] = b;
            }
            if (code != 0xFF && i < src.length) {
                dst[out++] = 0;
            }
        }
        return Arrays.copyOf(dst, out);
    }
}
