package org.rollerhub.protocol;

import java.util.Arrays;

/** Packets as serial frames: COBS-encoded packet followed by one 0x00 delimiter. */
public final class SerialFrames {
    /** Largest serial frame, delimiter included. */
    public static final int MAX_FRAME_BYTES = Cobs.maxEncodedLength(PacketTypes.MAX_PACKET_BYTES) + 1;

    private SerialFrames() {
    }

    /**
     * Encodes {@code packet} as a serial frame into {@code dst} at {@code off} (room for
     * {@link #MAX_FRAME_BYTES} needed; {@code scratch} at least {@link PacketTypes#MAX_PACKET_BYTES});
     * returns the bytes written, delimiter included.
     */
    public static int encode(Packet packet, byte[] scratch, byte[] dst, int off) {
        int n = PacketCodec.encode(packet, scratch, 0);
        int m = Cobs.encode(scratch, 0, n, dst, off);
        dst[off + m] = 0;
        return m + 1;
    }

    /** One serial frame for {@code packet}, delimiter included. */
    public static byte[] encode(Packet packet) {
        byte[] dst = new byte[MAX_FRAME_BYTES];
        int n = encode(packet, new byte[PacketTypes.MAX_PACKET_BYTES], dst, 0);
        return Arrays.copyOf(dst, n);
    }

    /** One serial frame for an already encoded packet, delimiter included. */
    public static byte[] encode(byte[] packetBytes) {
        byte[] dst = new byte[Cobs.maxEncodedLength(packetBytes.length) + 1];
        int m = Cobs.encode(packetBytes, 0, packetBytes.length, dst, 0);
        dst[m] = 0;
        return Arrays.copyOf(dst, m + 1);
    }
}
