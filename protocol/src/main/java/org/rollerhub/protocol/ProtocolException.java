package org.rollerhub.protocol;

/**
 * A packet or frame that breaks the protocol. Checked, and it stays in this module: the stream
 * decoders catch it, count it by {@link Kind} and go on. Created without a stack trace, because
 * bad input is expected and must stay cheap.
 */
public final class ProtocolException extends Exception {

    /** Why a packet or frame was refused; each kind has its own link counter. */
    public enum Kind {
        /** The frame failed COBS decoding. */
        FRAMING,
        /** The packet is over {@link PacketTypes#MAX_PACKET_BYTES}. */
        OVERSIZE,
        /** Under {@link PacketTypes#MIN_PACKET_BYTES}, or a body shorter than its type needs. */
        MALFORMED,
        /** The CRC does not match. */
        CRC,
        /** A valid packet of a type this version does not know: ignored, not an error. */
        UNKNOWN_TYPE,
        /** A packet of another protocol version: ignored. */
        UNSUPPORTED_VERSION,
        /** A field holds a value the spec does not allow (a press code of 7, say). */
        BAD_VALUE
    }

    private final Kind kind;

    public ProtocolException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
