package org.rollerhub.protocol;

/**
 * Turns a serial byte stream (COBS frames, each followed by 0x00) into packets, whatever the
 * chunking: whole, a byte at a time, or split anywhere.
 *
 * <p>Contract, following the protocol's receiver rules:
 * <ul>
 *   <li>{@link #feed} never throws on any bytes, never stops, and never allocates: it decodes COBS
 *       on the fly into one fixed buffer of {@link PacketTypes#MAX_PACKET_BYTES} bytes, whatever
 *       sizes the bytes claim. A packet is allocated only when one decodes intact.</li>
 *   <li>It may start mid-stream: the bytes before the first 0x00 after construction or
 *       {@link #restart()} are decoded like any frame, handed on if they make a packet, and
 *       counted as a partial frame, not an error, if they do not.</li>
 *   <li>Empty frames (0x00 0x00) are skipped without a count.</li>
 *   <li>A frame that fails COBS decoding is dropped and counted as a framing error; one that
 *       decodes to more than 512 bytes is dropped, counted as oversize, and the rest of it up to
 *       the next 0x00 skipped. Packet-level checks (length, CRC, version, type, body) are
 *       {@link PacketReceiver}'s.</li>
 *   <li>Intact packets go to the {@link PacketSink} on the calling thread, in stream order.</li>
 * </ul>
 * Not thread-safe: one thread feeds it.
 */
public final class SerialStreamDecoder {
    private final PacketReceiver receiver;
    private final byte[] frame = new byte[PacketTypes.MAX_PACKET_BYTES];
    /** Decoded bytes of the current frame. */
    private int length;
    /** Data bytes still to come in the current COBS block; 0 means the next byte is a code byte. */
    private int blockRemaining;
    /** The block just finished stood for data followed by a zero (its code was under 0xFF). */
    private boolean zeroPending;
    /** Bytes seen in the current frame, delimiter excluded. */
    private boolean frameStarted;
    /** The current frame passed 512 decoded bytes; skip to the next delimiter. */
    private boolean overflow;
    /** No delimiter seen since the start: the current frame may be the tail of an earlier one. */
    private boolean unsynced = true;

    public PacketReceiver receiver() {
        return receiver;
    }

    /** A decoder handing intact packets to {@code sink}. */
    public SerialStreamDecoder(PacketSink sink) {
        this.receiver = new PacketReceiver(sink);
    }

    /** Feeds {@code len} bytes of {@code data} from {@code off}. */
    public void feed(byte[] data, int off, int len) {
        receiver.addBytes(len);
        int n = length;
        int remaining = blockRemaining;
        boolean pending = zeroPending;
        boolean started = frameStarted;
        boolean over = overflow;
        final byte[] buf = frame;
        final int end = off + len;
        for (int i = off; i < end; i++) {
            byte b = data[i];
            if (b == 0) {
                length = n;
                blockRemaining = remaining;
                endOfFrame(started, over);
                n = 0;
                remaining = 0;
                pending = false;
                started = false;
                over = false;
                continue;
            }
            started = true;
            if (over) {
                continue;
            }
            if (remaining == 0) {
                // A code byte: the previous block's implied zero, if any, is data after all.
                if (pending) {
                    if (n == buf.length) {
                        over = true;
                        continue;
                    }
                    buf[n++] = 0;
                }
                int code = b & 0xFF;
                remaining = code - 1;
                pending = code != 0xFF;
            } else {
                if (n == buf.length) {
                    over = true;
                    continue;
                }
                buf[n++] = b;
                remaining--;
            }
        }
        length = n;
        blockRemaining = remaining;
        zeroPending = pending;
        frameStarted = started;
        overflow = over;
    }

    /** Feeds a whole array. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    private void endOfFrame(boolean started, boolean over) {
        boolean partial = unsynced;
        unsynced = false;
        if (!started) {
            return; // empty frame
        }
        if (over) {
            receiver.oversizeFrame(partial);
        } else if (blockRemaining != 0) {
            receiver.framingError(partial);
        } else {
            receiver.receive(frame, 0, length, partial);
        }
    }

    /**
     * Starts again as on a new connection: the frame in progress is dropped uncounted, the next
     * bytes may be mid-frame, and the sender's {@code seq} starts afresh. Counters are kept.
     */
    public void restart() {
        length = 0;
        blockRemaining = 0;
        zeroPending = false;
        frameStarted = false;
        overflow = false;
        unsynced = true;
        receiver.restartSequence();
    }

    /** A snapshot of the link counters. */
    public LinkCounters counters() {
        return receiver.counters();
    }
}
