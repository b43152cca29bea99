package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A long stream of random valid packets of every type through {@link SerialStreamDecoder}: clean,
 * in any chunking, and damaged in the ways a serial line damages it. Fixed seeds: a failure repeats.
 */
class StreamAdversarialTest {
    private static final int PACKETS = 4000;
    /** Starts near the top so that seq wraps 65535 → 0 inside every stream. */
    private static final int FIRST_SEQ = 65536 - 1234;

    private static List<RandomPackets.Sent> sent(long seed) {
        return new RandomPackets(new Random(seed)).stream(PACKETS, FIRST_SEQ);
    }

    private static List<Packet> known(List<RandomPackets.Sent> sent) {
        return sent.stream().filter(s -> s.expected() != null).map(RandomPackets.Sent::expected).toList();
    }

    private interface Feeder {
        void feed(SerialStreamDecoder d, byte[] stream);
    }

    private static final Feeder WHOLE = (d, s) -> d.feed(s);
    private static final Feeder BYTE_AT_A_TIME = (d, s) -> {
        for (int i = 0; i < s.length; i++) {
            d.feed(s, i, 1);
        }
    };

    private static Feeder randomSplits(long seed) {
        return (d, s) -> {
            Random r = new Random(seed);
            int at = 0;
            while (at < s.length) {
                // Empty chunks, small ones, and ones spanning many frames.
                int n = Math.min(s.length - at, r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(700));
                d.feed(s, at, n);
                at += n;
            }
        };
    }

    private static StreamOracle.Verdict run(List<RandomPackets.Sent> sent, byte[] stream, Feeder feeder,
            Recorder r, SerialStreamDecoder d) {
        feeder.feed(d, stream);
        return StreamOracle.check(sent, stream, r.packets, d.counters());
    }

    private static StreamOracle.Verdict run(List<RandomPackets.Sent> sent, byte[] stream, Feeder feeder) {
        Recorder r = new Recorder();
        return run(sent, stream, feeder, r, new SerialStreamDecoder(r));
    }

    @Test
    void cleanStreamDecodesExactlyWhateverTheChunking() {
        List<RandomPackets.Sent> sent = sent(1);
        byte[] stream = RandomPackets.serial(sent);
        long unknown = sent.stream().filter(s -> s.expected() == null).count();
        assertTrue(unknown > 0, "the stream holds unknown types too");
        for (Feeder f : List.of(WHOLE, BYTE_AT_A_TIME, randomSplits(2), randomSplits(3))) {
            Recorder r = new Recorder();
            SerialStreamDecoder d = new SerialStreamDecoder(r);
            f.feed(d, stream);
            LinkCounters c = d.counters();
            assertEquals(known(sent), r.packets);
            assertEquals(new LinkCounters(stream.length, PACKETS - unknown, 0, 0, 0, 0, unknown, 0, 0, 0), c);
        }
    }

    @Test
    void strayBytesBetweenFramesCostOnlyTheFrameTheyRunInto() {
        List<RandomPackets.Sent> sent = sent(4);
        Random rnd = new Random(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        Set<Integer> spoilt = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            if (rnd.nextInt(10) == 0) {
                byte[] stray = new byte[1 + rnd.nextInt(16)];
                rnd.nextBytes(stray);
                if (rnd.nextBoolean()) {
                    stray[stray.length - 1] = 0; // noise that happens to end in a delimiter: a frame of its own
                }
                if (stray[stray.length - 1] != 0) {
                    spoilt.add(i); // runs into frame i
                }
                out.writeBytes(stray);
            }
            out.writeBytes(sent.get(i).frame());
        }
        byte[] stream = out.toByteArray();
        for (Feeder f : List.of(WHOLE, BYTE_AT_A_TIME, randomSplits(6))) {
            Recorder r = new Recorder();
            SerialStreamDecoder d = new SerialStreamDecoder(r);
            StreamOracle.Verdict v = run(sent, stream, f, r, d);
            assertTrue(spoilt.size() > 100, "enough damage to mean something");
            assertEquals(sent.size() - spoilt.size(), v.intact(), "exactly the frames strays ran into are lost");
            for (int i : v.intactIndexes()) {
                assertTrue(!spoilt.contains(i));
            }
            LinkCounters c = d.counters();
            assertEquals(v.frames() - v.intact(), c.droppedErrors(), "every other frame is an error: " + c);
            assertEquals(0, c.partialFrames());
            if (!spoilt.contains(sent.size() - 1)) {
                assertEquals(spoilt.size() - (spoilt.contains(0) ? 1 : 0), c.lostPackets(), "gaps: " + c);
            }
        }
    }

    @Test
    void randomBitFlipsNeverDeliverWhatWasNotSent() {
        List<RandomPackets.Sent> sent = sent(7);
        byte[] clean = RandomPackets.serial(sent);
        for (long seed = 8; seed < 12; seed++) {
            Random rnd = new Random(seed);
            byte[] stream = clean.clone();
            int flips = 300;
            for (int k = 0; k < flips; k++) {
                stream[rnd.nextInt(stream.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            // A flip can split a frame (a byte becomes 0x00) or merge two (a delimiter stops being
            // one), so only the oracle's invariants hold, not a count per flip.
            StreamOracle.Verdict v = run(sent, stream, randomSplits(seed));
            assertTrue(v.intact() >= sent.size() - 2 * flips, "a flip spoils at most two frames");
            assertTrue(v.intact() < sent.size(), "some damage");
        }
    }

    @Test
    void heavyCorruptionStillNeverThrowsNorInvents() {
        List<RandomPackets.Sent> sent = sent(13);
        byte[] stream = RandomPackets.serial(sent);
        Random rnd = new Random(14);
        for (int k = 0; k < stream.length / 20; k++) {
            int at = rnd.nextInt(stream.length);
            stream[at] = rnd.nextInt(3) == 0 ? 0 : (byte) rnd.nextInt();
        }
        StreamOracle.Verdict v = run(sent, stream, BYTE_AT_A_TIME);
        assertTrue(v.frames() > 0);
    }

    @Test
    void truncatedStreamDeliversEveryWholeFrameBeforeTheCut() {
        List<RandomPackets.Sent> sent = sent(15);
        byte[] clean = RandomPackets.serial(sent);
        Random rnd = new Random(16);
        for (int k = 0; k < 20; k++) {
            int cut = rnd.nextInt(clean.length);
            byte[] stream = Arrays.copyOf(clean, cut);
            Recorder r = new Recorder();
            SerialStreamDecoder d = new SerialStreamDecoder(r);
            StreamOracle.Verdict v = run(sent, stream, randomSplits(k), r, d);
            int whole = framesEndingBefore(sent, cut);
            assertEquals(whole, v.intact(), "cut at " + cut);
            // The unfinished frame is pending, not counted: nothing is an error.
            assertEquals(0, d.counters().droppedErrors() + d.counters().partialFrames() + d.counters().lostPackets());
        }
    }

    @Test
    void bytesMissingInTheMiddleCostTheFramesTheyTouch() {
        List<RandomPackets.Sent> sent = sent(17);
        byte[] clean = RandomPackets.serial(sent);
        Random rnd = new Random(18);
        for (int k = 0; k < 20; k++) {
            int from = 1 + rnd.nextInt(clean.length - 2000);
            int to = from + 1 + rnd.nextInt(1500);
            byte[] stream = new byte[clean.length - (to - from)];
            System.arraycopy(clean, 0, stream, 0, from);
            System.arraycopy(clean, to, stream, from, clean.length - to);
            Recorder r = new Recorder();
            SerialStreamDecoder d = new SerialStreamDecoder(r);
            StreamOracle.Verdict v = run(sent, stream, randomSplits(k), r, d);
            int before = framesEndingBefore(sent, from);
            int after = sent.size() - framesStartingFrom(sent, to);
            assertEquals(before + after, v.intact(), "gap " + from + ".." + to);
            // At most one damaged frame: the piece before the gap joined to the piece after it.
            assertTrue(d.counters().droppedErrors() <= 1, d.counters().toString());
            assertEquals(sent.size() - before - after, d.counters().lostPackets());
        }
    }

    @Test
    void startingMidFrameCountsOnePartialFrameAndNoError() {
        List<RandomPackets.Sent> sent = sent(19);
        byte[] clean = RandomPackets.serial(sent);
        Random rnd = new Random(20);
        int partialSeen = 0;
        for (int k = 0; k < 40; k++) {
            int from = rnd.nextInt(clean.length / 2);
            byte[] stream = Arrays.copyOfRange(clean, from, clean.length);
            Recorder r = new Recorder();
            SerialStreamDecoder d = new SerialStreamDecoder(r);
            StreamOracle.Verdict v = run(sent, stream, randomSplits(k), r, d);
            int unheard = framesStartingFrom(sent, from); // begun before 'from': not heard whole
            boolean atFrameStart = from == 0 || clean[from - 1] == 0;
            boolean atDelimiter = clean[from] == 0;
            int expectPartial = atFrameStart || atDelimiter ? 0 : 1;
            partialSeen += expectPartial;
            assertEquals(expectPartial, d.counters().partialFrames(), "from " + from);
            assertEquals(0, d.counters().droppedErrors() + d.counters().lostPackets());
            assertEquals(sent.size() - unheard, v.intact(), "from " + from);
        }
        assertTrue(partialSeen > 30);
    }

    @Test
    void restartForgetsTheSenderSeqAndTheFrameInProgress() {
        List<RandomPackets.Sent> first = new RandomPackets(new Random(21)).stream(100, 500);
        List<RandomPackets.Sent> second = new RandomPackets(new Random(22)).stream(100, 0);
        byte[] a = RandomPackets.serial(first);
        Recorder r = new Recorder();
        SerialStreamDecoder d = new SerialStreamDecoder(r);
        d.feed(a, 0, a.length - 5); // the link drops inside the last frame
        d.restart();
        d.feed(RandomPackets.serial(second));
        List<Packet> want = new ArrayList<>(known(first.subList(0, 99)));
        want.addAll(known(second));
        assertEquals(want, r.packets);
        LinkCounters c = d.counters();
        assertEquals(0, c.lostPackets() + c.droppedErrors() + c.partialFrames(), c.toString());
    }

    /** Sent frames whose delimiter lies before stream offset {@code pos} (the stream starts with 0x00). */
    private static int framesEndingBefore(List<RandomPackets.Sent> sent, int pos) {
        int end = 1;
        int n = 0;
        for (RandomPackets.Sent s : sent) {
            end += s.frame().length;
            if (end > pos) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Sent frames that start before stream offset {@code pos}, i.e. are touched or passed by it. */
    private static int framesStartingFrom(List<RandomPackets.Sent> sent, int pos) {
        int start = 1;
        int n = 0;
        for (RandomPackets.Sent s : sent) {
            if (start >= pos) {
                break;
            }
            start += s.frame().length;
            n++;
        }
        return n;
    }
}
