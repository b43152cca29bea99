package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sliced CRC against the definition, bit by bit. */
class Crc16Test {

    /** CRC-16/CCITT-FALSE straight from its definition: shift in each bit, msb first. */
    private static int reference(byte[] data, int off, int len) {
        int crc = 0xFFFF;
        for (int i = off; i < off + len; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    @Test
    void agreesWithTheDefinitionAtEveryLengthAndOffset() {
        Random rnd = new Random(1);
        for (int len = 0; len < 600; len++) {
            byte[] b = new byte[len + 9];
            rnd.nextBytes(b);
            int off = rnd.nextInt(9);
            assertEquals(reference(b, off, len), Crc16.compute(b, off, len), "length " + len + " at " + off);
        }
    }

    @Test
    void updateInPiecesEqualsTheWhole() {
        Random rnd = new Random(2);
        byte[] b = new byte[1000];
        rnd.nextBytes(b);
        for (int cut = 0; cut <= b.length; cut += 37) {
            assertEquals(Crc16.compute(b, 0, b.length), Crc16.update(Crc16.compute(b, 0, cut), b, cut, b.length - cut));
        }
    }

    @Test
    void checkValue() {
        byte[] ascii = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(0x29B1, Crc16.compute(ascii, 0, ascii.length));
        assertEquals(0x29B1, reference(ascii, 0, ascii.length));
    }
}
