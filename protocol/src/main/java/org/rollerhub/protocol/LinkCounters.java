package org.rollerhub.protocol;

/**
 * What a link's receiver has seen, as a value: a snapshot of {@link PacketReceiver}'s counts.
 * Every frame the receiver took in is in exactly one of {@code packets}, {@code crcErrors},
 * {@code framingErrors}, {@code oversize}, {@code malformed}, {@code unknownType},
 * {@code unsupportedVersion} or {@code partialFrames}.
 *
 * @param bytes serial bytes taken in (0 on packet transports such as BLE)
 * @param packets intact packets of known types handed on
 * @param crcErrors packets dropped for a wrong CRC
 * @param framingErrors serial frames dropped for failing COBS decoding
 * @param oversize frames or packets dropped for exceeding 512 bytes
 * @param malformed packets dropped for being under 6 bytes, having a body shorter than their type
 *     needs, or holding a value the spec does not allow
 * @param unknownType valid packets of an unknown type, ignored
 * @param unsupportedVersion packets of another protocol version, ignored
 * @param partialFrames bytes before the first delimiter after a (re)start that failed as a frame:
 *     the tail of a frame begun before we listened, not an error
 * @param lostPackets packets the sender sent that never arrived whole, from gaps in {@code seq}
 *     between packets that passed their CRC (so a packet counted as malformed or unknown type is
 *     not lost too); losses before the first or after the last such packet cannot be seen
 */
public record LinkCounters(
        long bytes,
        long packets,
        long crcErrors,
        long framingErrors,
        long oversize,
        long malformed,
        long unknownType,
        long unsupportedVersion,
        long partialFrames,
        long lostPackets) {

    /** All zero. */
    public static final LinkCounters ZERO = new LinkCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts since {@code earlier}, a snapshot of the same receiver taken before this one. */
    public LinkCounters minus(LinkCounters earlier) {
        return new LinkCounters(
                bytes - earlier.bytes,
                packets - earlier.packets,
                crcErrors - earlier.crcErrors,
                framingErrors - earlier.framingErrors,
                oversize - earlier.oversize,
                malformed - earlier.malformed,
                unknownType - earlier.unknownType,
                unsupportedVersion - earlier.unsupportedVersion,
                partialFrames - earlier.partialFrames,
                lostPackets - earlier.lostPackets);
    }

    /** Frames and packets dropped as errors: CRC, framing, oversize and malformed. */
    public long droppedErrors() {
        return crcErrors + framingErrors + oversize + malformed;
    }
}
