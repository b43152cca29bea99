package org.rollerhub.protocol;

/**
 * Takes whole packets (one BLE notification, or one decoded serial frame), validates and decodes
 * them, counts what it drops, tracks lost packets from {@code seq} gaps, and hands intact
 * packets of known types to a {@link PacketSink}.
 *
 * <p>Contract: {@link #receive} never throws on any bytes of any length (given a range inside
 * the array); it never allocates more than the packet it decodes, whatever lengths the bytes
 * claim. Each call lands in exactly one counter of {@link LinkCounters}. Every packet that passes
 * its CRC in this protocol version (delivered, of an unknown type, or with a body refused) feeds
 * the {@code seq} gap count, so a sent packet is either counted where it landed or, if it never
 * arrived whole, as lost. Not thread-safe: one thread feeds it; snapshots from
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
            refused(e.kind(), data, off, len, maybePartial);
            return;
        }
        seq.accept(packet.seq());
        packets++;
        sink.onPacket(packet);
    }

    private void refused(ProtocolException.Kind kind, byte[] data, int off, int len, boolean maybePartial) {
        switch (kind) {
            case UNKNOWN_TYPE -> {
                // A whole, valid packet from the sender (the tail of a frame cannot pass the CRC
                // but by chance): ignored, not an error, and its seq counts.
                unknownType++;
                seq.accept(PacketCodec.seqOf(data, off));
            }
            case UNSUPPORTED_VERSION -> unsupportedVersion++; // its seq may follow other rules
            default -> {
                if (maybePartial) {
                    partialFrames++;
                    return;
                }
                switch (kind) {
                    case CRC -> crcErrors++;
                    case FRAMING -> framingErrors++;
                    case OVERSIZE -> oversize++;
                    default -> {
                        malformed++;
                        // PacketCodec checks the length, then CRC and version, then the body: a
                        // packet of valid length refused here passed the CRC, so its seq is the
                        // sender's, and it arrived (it is counted here, not again as lost).
                        if (len >= PacketTypes.MIN_PACKET_BYTES) {
                            seq.accept(PacketCodec.seqOf(data, off));
                        }
                    }
                }
            }
        }
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
