package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

/**
 * What must hold for ANY bytes, whatever they are: the properties the fuzz tests check. A
 * violation is an assertion error, and any other exception out of the decoder fails too.
 */
final class DecoderProperties {
    private DecoderProperties() {
    }

    /**
     * Feeds {@code stream} whole, a byte at a time, and in chunks derived from {@code splitSeed};
     * all three must agree, count every complete frame once, and deliver only packets that
     * re-encode to the bytes they came from.
     */
    static void serialStream(byte[] stream, long splitSeed) {
        Recorder whole = new Recorder();
        SerialStreamDecoder d1 = new SerialStreamDecoder(whole);
        d1.feed(stream);

        Recorder bytewise = new Recorder();
        SerialStreamDecoder d2 = new SerialStreamDecoder(bytewise);
        for (int i = 0; i < stream.length; i++) {
            d2.feed(stream, i, 1);
        }

        Recorder chunked = new Recorder();
        SerialStreamDecoder d3 = new SerialStreamDecoder(chunked);
        long x = splitSeed | 1;
        for (int at = 0; at < stream.length;) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int n = (int) Math.min(stream.length - at, Math.floorMod(x, 97));
            d3.feed(stream, at, n);
            at += n;
        }

        LinkCounters c = d1.counters();
        assertEquals(c, d2.counters(), "chunking changes nothing");
        assertEquals(c, d3.counters(), "chunking changes nothing");
        assertEquals(whole.packets, bytewise.packets);
        assertEquals(whole.packets, chunked.packets);
        assertEquals(stream.length, c.bytes());
        assertEquals(completeFrames(stream), Recorder.framesCounted(c), "every complete frame counted once: " + c);
        assertEquals(c.packets(), whole.packets.size());
        assertTrue(c.partialFrames() <= 1, "only the first frame may be partial");
        for (Packet p : whole.packets) {
            roundTrip(p);
        }
    }

    /** Non-empty runs of bytes each ended by a 0x00. */
    static long completeFrames(byte[] stream) {
        long frames = 0;
        int start = 0;
        for (int i = 0; i < stream.length; i++) {
            if (stream[i] == 0) {
                if (i > start) {
                    frames++;
                }
                start = i + 1;
            }
        }
        return frames;
    }

    /**
     * One packet as from BLE: either refused with a {@link ProtocolException} (and counted once by a
     * receiver), or decoded to a packet whose encoding repeats the input's header and body fields.
     */
    static void packet(byte[] bytes) {
        Recorder r = new Recorder();
        PacketReceiver receiver = new PacketReceiver(r);
        receiver.receive(bytes, 0, bytes.length);
        assertEquals(1, Recorder.framesCounted(receiver.counters()));

        Packet p;
        try {
            p = PacketCodec.decode(bytes);
        } catch (ProtocolException refused) {
            assertEquals(List.of(), r.packets);
            return;
        }
        assertEquals(List.of(p), r.packets);
        byte[] again = PacketCodec.encode(p);
        assertTrue(again.length <= bytes.length, "appended bytes are ignored, never invented");
        int fields = again.length - PacketTypes.CRC_BYTES;
        byte[] in = Arrays.copyOf(bytes, fields);
        // The low nibble of ver is reserved (0); a receiver does not insist on it.
        in[1] = (byte) (in[1] & 0xF0);
        byte[] out = Arrays.copyOf(again, fields);
        if (p instanceof Hello) {
            // The f32 of a NaN may come back with other payload bits; compare the decoded values.
            assertEquals(p, decodeOrFail(again));
        } else {
            assertArrayEquals(in, out, "re-encoding repeats the fields read");
        }
        roundTrip(p);
    }

    static void roundTrip(Packet p) {
        assertEquals(p, decodeOrFail(PacketCodec.encode(p)));
        assertEquals(List.of(p), decodeSerial(SerialFrames.encode(p)));
    }

    private static Packet decodeOrFail(byte[] b) {
        try {
            return PacketCodec.decode(b);
        } catch (ProtocolException e) {
            throw new AssertionError("own encoding refused: " + e.getMessage(), e);
        }
    }

    private static List<Packet> decodeSerial(byte[] frame) {
        Recorder r = new Recorder();
        SerialStreamDecoder d = new SerialStreamDecoder(r);
        d.feed(new byte[] {0});
        d.feed(frame);
        return r.packets;
    }
}
