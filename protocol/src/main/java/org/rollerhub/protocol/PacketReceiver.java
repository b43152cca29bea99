package org.rollerhub.protocol;

/**
 * Takes whole packets (one BLE notification, or one decoded serial frame), validates and decodes
 * them, counts what it drops, tracks lost packets from {@code seq} gaps, and hands intact
 * packets of known types to a {@link PacketSink}.
 *
 * <p>Contract: {@link #receive} never throws on any input of any length; it never allocates
 * more than the packet it decodes, whatever lengths the bytes claim. Each call lands in exactly
 * one counter of {@link LinkCounters}. Not thread-safe: one thread feeds it; snapshots from
 * {@link #counters()} are values and may be handed to any thread.
 */
public final class PacketReceiver {
    private final PacketSink sink;
    private final SeqTracker seq = new SeqTracker();
    private long bytes;
    private long packets;
    private long crcErrors;
    private long framingErrors;
    private long oversize;
    private long malformed;
    private long unknownType;
    private long unsupportedVersion;
    private long partialFrames;

    public PacketReceiver(PacketSink sink) {
        this.sink = sink;
    }

    /** Takes one whole packet of {@code len} bytes at {@code off}. */
    public void receive(byte[] data, int off, int len) {
        receive(data, off, len, false);
    }

    /**
     * Takes one whole packet; when {@code maybePartial} (the first serial frame after a start
     * mid-stream) a failure is counted as a partial frame, not as an error.
     */
    void receive(byte[] data, int off, int len, boolean maybePartial) {
        Packet packet;
        try {
            packet = PacketCodec.decode(data, off, len);
        } catch (ProtocolException e) {
            if (maybePartial) {
                partialFrames++;
                return;
            }
            switch (e.kind()) {
                case CRC -> crcErrors++;
                case FRAMING -> framingErrors++;
                case OVERSIZE -> oversize++;
                case MALFORMED, BAD_VALUE -> malformed++;
                case UNSUPPORTED_VERSION -> unsupportedVersion++;
                case UNKNOWN_TYPE -> {
                    unknownType++;
                    // It passed its CRC and came from the sender: its seq counts.
                    seq.accept(PacketCodec.seqOf(data, off));
                }
            }
            return;
        }
        seq.accept(packet.seq());
        packets++;
        sink.onPacket(packet);
    }

    /** Counts a serial frame that failed COBS decoding. */
    void framingError(boolean maybePartial) {
        if (maybePartial) {
            partialFrames++;
        } else {
            framingErrors++;
        }
    }

    /** Counts a serial frame that ran past the size limit. */
    void oversizeFrame(boolean maybePartial) {
        if (maybePartial) {
            partialFrames++;
        } else {
            oversize++;
        }
    }

    void addBytes(long n) {
        bytes += n;
    }

    /**
     * A new connection: forgets the last {@code seq}, so that the sender's restart is not counted
     * as lost packets. Counters are kept.
     */
    public void restartSequence() {
        seq.restart();
    }

    /** A snapshot of the counters. */
    public LinkCounters counters() {
        return new LinkCounters(bytes, packets, crcErrors, framingErrors, oversize, malformed, unknownType,
                unsupportedVersion, partialFrames, seq.lost());
    }
}
