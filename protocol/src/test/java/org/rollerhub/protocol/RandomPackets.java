package org.rollerhub.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid packets of every type, for stream tests: mostly IMU batches, as on a real link,
 * with every other type mixed in, and now and then a packet of a type this version does not know.
 */
final class RandomPackets {
    private final Random rnd;

    RandomPackets(Random rnd) {
        this.rnd = rnd;
    }

    /** One packet as sent: its bytes, and the record a receiver must decode (null: unknown type). */
    record Sent(int seq, byte[] packet, byte[] frame, Packet expected) {
    }

    /** {@code count} packets with consecutive seq from {@code firstSeq} (wrapping at 65535). */
    List<Sent> stream(int count, int firstSeq) {
        List<Sent> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int seq = (firstSeq + i) & 0xFFFF;
            Packet p = rnd.nextInt(40) == 0 ? null : packet(seq);
            byte[] bytes = p == null ? unknownType(seq) : PacketCodec.encode(p);
            out.add(new Sent(seq, bytes, SerialFrames.encode(bytes), p));
        }
        return out;
    }

    /** The serial stream of {@code sent}: a leading 0x00, then each frame with its delimiter. */
    static byte[] serial(List<Sent> sent) {
        int n = 1;
        for (Sent s : sent) {
            n += s.frame().length;
        }
        byte[] out = new byte[n];
        int at = 1;
        for (Sent s : sent) {
            System.arraycopy(s.frame(), 0, out, at, s.frame().length);
            at += s.frame().length;
        }
        return out;
    }

    Packet packet(int seq) {
        int pick = rnd.nextInt(100);
        if (pick < 60) {
            return imu(seq);
        } else if (pick < 80) {
            return pressure(seq);
        } else if (pick < 85) {
            return hello(seq);
        } else if (pick < 89) {
            return new Status(seq, rnd.nextInt(65536), rnd.nextInt(256), (short) rnd.nextInt(), rnd.nextInt(256),
                    rnd.nextInt(65536));
        } else if (pick < 92) {
            return new Button(seq, rnd.nextLong() & 0xFFFF_FFFFL, rnd.nextBoolean() ? Button.Press.SHORT : Button.Press.LONG);
        } else if (pick < 95) {
            return new Ack(seq, rnd.nextInt(65536), Ack.Result.values()[rnd.nextInt(Ack.Result.values().length)]);
        }
        return switch (rnd.nextInt(5)) {
            case 0 -> new GetInfo(seq);
            case 1 -> new StartStream(seq, rnd.nextInt(65536), rnd.nextInt(65536));
            case 2 -> new StopStream(seq);
            case 3 -> new Cue(seq, Cue.Pattern.values()[rnd.nextInt(Cue.Pattern.values().length)], rnd.nextInt(65536),
                    Cue.LedColour.values()[rnd.nextInt(Cue.LedColour.values().length)]);
            default -> new Tare(seq);
        };
    }

    ImuBatch imu(int seq) {
        short[] counts = new short[(1 + rnd.nextInt(ImuBatch.MAX_SAMPLES)) * ImuBatch.AXES];
        for (int i = 0; i < counts.length; i++) {
            // Small values hold many zero bytes, which exercise COBS.
            counts[i] = (short) (rnd.nextBoolean() ? rnd.nextInt(512) - 256 : rnd.nextInt());
        }
        return new ImuBatch(seq, rnd.nextLong() & 0xFFFF_FFFFL, counts);
    }

    PressureBatch pressure(int seq) {
        int cells = 1 + rnd.nextInt(Hello.MAX_CELLS);
        int samples = 1 + rnd.nextInt(PacketTypes.MAX_BODY_BYTES / (2 * cells) - 3);
        int[] counts = new int[cells * samples];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = rnd.nextInt(65536);
        }
        return new PressureBatch(seq, rnd.nextLong() & 0xFFFF_FFFFL, cells, counts);
    }

    Hello hello(int seq) {
        List<Hello.CellCalibration> cells = new ArrayList<>();
        for (int i = 1 + rnd.nextInt(Hello.MAX_CELLS); i > 0; i--) {
            cells.add(new Hello.CellCalibration(rnd.nextFloat(), rnd.nextInt(65536)));
        }
        return new Hello(seq, 1, rnd.nextInt(256), rnd.nextInt(256), rnd.nextInt(256), rnd.nextLong(),
                rnd.nextInt(65536), 8, 2000, rnd.nextInt(65536), rnd.nextInt(65536), rnd.nextInt(65536), cells,
                rnd.nextInt(4));
    }

    /** A valid packet (version 1, good CRC) of a type this version does not define. */
    byte[] unknownType(int seq) {
        int type;
        do {
            type = rnd.nextInt(256);
        } while (type == 0 || (type >= 0x01 && type <= 0x06) || (type >= 0x81 && type <= 0x85));
        byte[] b = new byte[PacketTypes.MIN_PACKET_BYTES + rnd.nextInt(40)];
        b[0] = (byte) type;
        b[1] = (byte) PacketTypes.VER_BYTE;
        b[2] = (byte) seq;
        b[3] = (byte) (seq >>> 8);
        for (int i = PacketTypes.HEADER_BYTES; i < b.length - 2; i++) {
            b[i] = (byte) rnd.nextInt();
        }
        int crc = Crc16.compute(b, 0, b.length - 2);
        b[b.length - 2] = (byte) crc;
        b[b.length - 1] = (byte) (crc >>> 8);
        return b;
    }
}
