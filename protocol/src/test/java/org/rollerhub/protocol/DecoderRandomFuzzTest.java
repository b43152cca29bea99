package org.rollerhub.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A plain randomized fuzzer of the decoders, with a fixed seed: random bytes, damaged valid
 * streams, and packets with a valid CRC around random bodies (which a blind fuzzer rarely
 * reaches). Each input must satisfy {@link DecoderProperties}. In a normal build it runs a fixed
 * number of inputs (about a second); for a long run:
 * <pre>
 * mvn -pl protocol test -Dtest=DecoderRandomFuzzTest -Dfuzz.seconds=600 [-Dfuzz.seed=42]
 * </pre>
 * A failure names the seed and iteration, so it repeats.
 */
class DecoderRandomFuzzTest {
    private static final int CI_ITERATIONS = 1500;

    @Test
    void decodersHoldTheirContractOnRandomAndDamagedInput() {
        long seed = Long.getLong("fuzz.seed", 20261124L);
        long seconds = Long.getLong("fuzz.seconds", 0L);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Random rnd = new Random(seed);
        RandomPackets packets = new RandomPackets(rnd);
        byte[] valid = RandomPackets.serial(packets.stream(300, rnd.nextInt(65536)));
        long i = 0;
        for (; seconds > 0 ? System.nanoTime() < until : i < CI_ITERATIONS; i++) {
            byte[] input = switch ((int) (i % 4)) {
                case 0 -> randomBytes(rnd);
                case 1 -> damage(valid, rnd);
                case 2 -> validCrcRandomBodies(rnd);
                default -> RandomPackets.serial(packets.stream(1 + rnd.nextInt(20), rnd.nextInt(65536)));
            };
            try {
                DecoderProperties.serialStream(input, i);
                if (i % 4 == 2 || i % 4 == 0) {
                    DecoderProperties.packet(decodedFirstFrame(input));
                }
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", iteration " + i + ", input " + Hex.of(input), e);
            }
        }
        if (seconds > 0) {
            System.out.println("fuzzed " + i + " inputs in " + seconds + " s, seed " + seed);
        }
    }

    /** Random bytes, zeros frequent so that frames are short and many. */
    private static byte[] randomBytes(Random rnd) {
        byte[] b = new byte[rnd.nextInt(2000)];
        int zeroOneIn = 2 + rnd.nextInt(600);
        for (int k = 0; k < b.length; k++) {
            b[k] = rnd.nextInt(zeroOneIn) == 0 ? 0 : (byte) rnd.nextInt();
        }
        return b;
    }

    /** A slice of a valid stream with flips, overwrites, insertions, deletions and repeats. */
    private static byte[] damage(byte[] valid, Random rnd) {
        int from = rnd.nextInt(valid.length - 1);
        int to = Math.min(valid.length, from + 1 + rnd.nextInt(3000));
        List<Byte> b = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            b.add(valid[k]);
        }
        for (int m = rnd.nextInt(12); m > 0 && !b.isEmpty(); m--) {
            int at = rnd.nextInt(b.size());
            switch (rnd.nextInt(5)) {
                case 0 -> b.set(at, (byte) (b.get(at) ^ (1 << rnd.nextInt(8))));
                case 1 -> b.set(at, rnd.nextBoolean() ? 0 : (byte) rnd.nextInt());
                case 2 -> b.add(at, (byte) rnd.nextInt());
                case 3 -> b.remove(at);
                default -> {
                    int len = Math.min(b.size() - at, rnd.nextInt(600));
                    b.addAll(at, new ArrayList<>(b.subList(at, at + len)));
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = b.get(k);
        }
        return out;
    }

    /** Serial frames of packets of known (and some unknown) types with random bodies and a right CRC. */
    private static byte[] validCrcRandomBodies(Random rnd) {
        int[] types = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x81, 0x82, 0x83, 0x84, 0x07, 0x7f, 0xff};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0);
        for (int n = 1 + rnd.nextInt(8); n > 0; n--) {
            int bodyLen = rnd.nextInt(4) == 0 ? rnd.nextInt(PacketTypes.MAX_BODY_BYTES + 20) : rnd.nextInt(40);
            byte[] p = new byte[PacketTypes.MIN_PACKET_BYTES + bodyLen];
            rnd.nextBytes(p);
            p[0] = (byte) types[rnd.nextInt(types.length)];
            p[1] = (byte) (rnd.nextInt(8) == 0 ? rnd.nextInt() : PacketTypes.VER_BYTE);
            if (p.length > 8 && rnd.nextBoolean()) {
                p[8] = (byte) rnd.nextInt(21); // a plausible IMU sample count / pressure n
            }
            int crc = Crc16.compute(p, 0, p.length - 2);
            p[p.length - 2] = (byte) crc;
            p[p.length - 1] = (byte) (crc >>> 8);
            out.writeBytes(SerialFrames.encode(p));
        }
        return out.toByteArray();
    }

    /** The bytes of the first frame, COBS-decoded as well as they go, for the packet-level target. */
    private static byte[] decodedFirstFrame(byte[] stream) {
        int start = stream.length > 0 && stream[0] == 0 ? 1 : 0;
        int end = start;
        while (end < stream.length && stream[end] != 0) {
            end++;
        }
        try {
            return Cobs.decode(java.util.Arrays.copyOfRange(stream, start, end));
        } catch (ProtocolException e) {
            return java.util.Arrays.copyOfRange(stream, start, end);
        }
    }
}
