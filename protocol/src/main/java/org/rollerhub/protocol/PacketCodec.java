package org.rollerhub.protocol;

/**
 * Whole packets to bytes and back: header ({@code type, ver, seq}), body through the type's own
 * codec, and the CRC-16/CCITT-FALSE trailer. Stateless and thread-safe.
 */
public final class PacketCodec {
    private static final BodyCodec<?>[] CODECS = new BodyCodec<?>[256];

    static {
        register(new HelloCodec());
        register(new ImuCodec());
        register(new PressureCodec());
        register(new StatusCodec());
        register(new ButtonCodec());
        register(new AckCodec());
        register(new EmptyBodyCodec<>(PacketTypes.GET_INFO, GetInfo::new));
        register(new StartStreamCodec());
        register(new CueCodec());
        register(new EmptyBodyCodec<>(PacketTypes.STOP_STREAM, StopStream::new));
        register(new EmptyBodyCodec<>(PacketTypes.TARE, Tare::new));
    }

    private PacketCodec() {
    }

    private static void register(BodyCodec<?> codec) {
        CODECS[codec.type()] = codec;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Packet> BodyCodec<P> codecOf(P packet) {
        return (BodyCodec<P>) CODECS[packet.type()];
    }

    /** Whole packet length of {@code packet}: header, body and CRC. */
    public static int encodedLength(Packet packet) {
        return PacketTypes.MIN_PACKET_BYTES + codecOf(packet).bodyLength(packet);
    }

    /**
     * Writes {@code packet} (header, body, CRC) into {@code dst} at {@code off}; returns the bytes
     * written, {@link #encodedLength(Packet)}.
     *
     * @throws IllegalArgumentException if the packet would exceed {@link PacketTypes#MAX_PACKET_BYTES}
     */
    public static int encode(Packet packet, byte[] dst, int off) {
        BodyCodec<Packet> codec = codecOf(packet);
        int bodyLength = codec.bodyLength(packet);
        int total = PacketTypes.MIN_PACKET_BYTES + bodyLength;
        if (total > PacketTypes.MAX_PACKET_BYTES) {
            throw new IllegalArgumentException(packet + " encodes to " + total + " bytes, over the limit");
        }
        dst[off] = (byte) packet.type();
        dst[off + 1] = (byte) PacketTypes.VER_BYTE;
        LittleEndian.u16(dst, off + 2, packet.seq());
        codec.encodeBody(packet, dst, off + PacketTypes.HEADER_BYTES);
        int crcAt = off + PacketTypes.HEADER_BYTES + bodyLength;
        LittleEndian.u16(dst, crcAt, Crc16.compute(dst, off, crcAt - off));
        return total;
    }

    /** Encodes {@code packet} into a new array. */
    public static byte[] encode(Packet packet) {
        byte[] out = new byte[encodedLength(packet)];
        encode(packet, out, 0);
        return out;
    }

    /**
     * Decodes one whole packet of {@code len} bytes at {@code off}: length in range, CRC,
     * protocol version, known type, body long enough. Bytes after the fields the type defines
     * are ignored. Allocates only for the packet it returns, never more than the packet's size.
     *
     * @throws ProtocolException saying why the packet was refused; its kind names the counter
     */
    public static Packet decode(byte[] src, int off, int len) throws ProtocolException {
        if (len > PacketTypes.MAX_PACKET_BYTES) {
            throw new ProtocolException(ProtocolException.Kind.OVERSIZE, "packet of " + len + " bytes");
        }
        if (len < PacketTypes.MIN_PACKET_BYTES) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED, "packet of " + len + " bytes");
        }
        int crcAt = off + len - PacketTypes.CRC_BYTES;
        if (Crc16.compute(src, off, len - PacketTypes.CRC_BYTES) != LittleEndian.u16(src, crcAt)) {
            throw new ProtocolException(ProtocolException.Kind.CRC, "CRC mismatch");
        }
        int ver = src[off + 1] & 0xFF;
        if (ver >>> 4 != PacketTypes.PROTOCOL_VERSION) {
            throw new ProtocolException(ProtocolException.Kind.UNSUPPORTED_VERSION, "protocol version " + (ver >>> 4));
        }
        int type = src[off] & 0xFF;
        BodyCodec<?> codec = CODECS[type];
        if (codec == null) {
            throw new ProtocolException(ProtocolException.Kind.UNKNOWN_TYPE, "type 0x" + Integer.toHexString(type));
        }
        int seq = LittleEndian.u16(src, off + 2);
        return codec.decodeBody(seq, src, off + PacketTypes.HEADER_BYTES, len - PacketTypes.MIN_PACKET_BYTES);
    }

    /** Decodes a whole array as one packet. */
    public static Packet decode(byte[] packet) throws ProtocolException {
        return decode(packet, 0, packet.length);
    }

    /** The sender's {@code seq} of a packet that passed its CRC (any type). Caller checks length. */
    static int seqOf(byte[] src, int off) {
        return LittleEndian.u16(src, off + 2);
    }
}
