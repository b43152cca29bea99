package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ZeroBytesTest {

    private static int naive(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void findsTheFirstZeroLikeAPlainLoop() {
        Random rnd = new Random(3);
        for (int k = 0; k < 20_000; k++) {
            byte[] a = new byte[rnd.nextInt(40)];
            for (int i = 0; i < a.length; i++) {
                // 0x01 and 0x80/0xFF bytes next to zeros are what trips a careless zero-byte trick.
                int pick = rnd.nextInt(6);
                a[i] = (byte) (pick == 0 ? 0 : pick == 1 ? 1 : pick == 2 ? 0x80 : pick == 3 ? 0xFF : 1 + rnd.nextInt(255));
            }
            int from = a.length == 0 ? 0 : rnd.nextInt(a.length + 1);
            int to = from + rnd.nextInt(a.length - from + 1);
            assertEquals(naive(a, from, to), ZeroBytes.indexOf(a, from, to));
        }
    }
}
