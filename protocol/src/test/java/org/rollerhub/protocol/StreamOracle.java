package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a receiver must make of a serial byte stream that may have been damaged, judged from the
 * bytes that actually arrived, not from the decoder:
 * <ul>
 *   <li>every complete frame (non-empty run of bytes ended by a 0x00) lands in exactly one counter;</li>
 *   <li>a frame byte-identical to one the sender sent decodes to that packet (or, for an unknown
 *       type, is counted as such); nothing else is delivered (a damaged frame passing the CRC by
 *       chance would fail this: CRC-16 lets about one damaged frame in 65536 through);</li>
 *   <li>lost packets from seq gaps equal the sent packets missing between the first and the last
 *       that arrived.</li>
 * </ul>
 */
final class StreamOracle {
    private StreamOracle() {
    }

    /** What the oracle found: frames that arrived as sent, and complete frames in all. */
    record Verdict(int intact, int frames, List<Integer> intactIndexes) {
    }

    static Verdict check(List<RandomPackets.Sent> sent, byte[] received, List<Packet> delivered, LinkCounters c) {
        Map<ByteBuffer, Integer> bySentFrame = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            byte[] f = sent.get(i).frame();
            bySentFrame.put(ByteBuffer.wrap(f, 0, f.length - 1).slice(), i);
        }
        List<Integer> intact = new ArrayList<>();
        int frames = 0;
        int start = 0;
        for (int i = 0; i < received.length; i++) {
            if (received[i] != 0) {
                continue;
            }
            if (i > start) {
                frames++;
                Integer index = bySentFrame.get(ByteBuffer.wrap(received, start, i - start).slice());
                if (index != null) {
                    intact.add(index);
                }
            }
            start = i + 1;
        }
        assertEquals(frames, Recorder.framesCounted(c), "every complete frame counted once: " + c);
        assertEquals(received.length, c.bytes());

        List<Packet> want = new ArrayList<>();
        long unknown = 0;
        long gaps = 0;
        for (int k = 0; k < intact.size(); k++) {
            RandomPackets.Sent s = sent.get(intact.get(k));
            if (s.expected() == null) {
                unknown++;
            } else {
                want.add(s.expected());
            }
            if (k > 0) {
                int step = intact.get(k) - intact.get(k - 1);
                assertTrue(step > 0, "frames arrive in the order sent");
                gaps += step - 1;
            }
        }
        assertEquals(want, delivered, "exactly the intact frames' packets, in order");
        assertEquals(want.size(), c.packets());
        assertEquals(unknown, c.unknownType());
        assertEquals(gaps, c.lostPackets(), "seq gaps count the packets missing between intact ones");
        return new Verdict(intact.size(), frames, intact);
    }
}
