package org.rollerhub.protocol;

/**
 * Encodes and decodes the body of one packet type. The header and CRC are {@link PacketCodec}'s.
 *
 * <p>Decoding reads only the fields the protocol version defines and ignores bytes after them
 * (room for appended fields). It never allocates from a count read off the wire before checking
 * that the body holds that many bytes.
 */
interface BodyCodec<P extends Packet> {

    /** The wire type byte. */
    int type();

    /** Body bytes {@code packet} encodes to. */
    int bodyLength(P packet);

    /** Writes the body of {@code packet} at {@code off}; {@link #bodyLength} bytes. */
    void encodeBody(P packet, byte[] dst, int off);

    /**
     * Decodes a body of {@code len} bytes at {@code off}.
     *
     * @throws ProtocolException {@link ProtocolException.Kind#MALFORMED} if the body is shorter
     *     than the type needs, {@link ProtocolException.Kind#BAD_VALUE} for a value out of spec
     */
    P decodeBody(int seq, byte[] src, int off, int len) throws ProtocolException;

    static ProtocolException shortBody(String what, int need, int have) {
        return new ProtocolException(ProtocolException.Kind.MALFORMED,
                what + " body needs " + need + " bytes, has " + have);
    }
}
