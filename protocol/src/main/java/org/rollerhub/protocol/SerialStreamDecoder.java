package org.rollerhub.protocol;

import java.util.Objects;

/**
 * Turns a serial byte stream (COBS frames, each followed by 0x00) into packets, whatever the
 * chunking: whole, a byte at a time, or split anywhere, the same packets and the same counts.
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
 * Proven by VectorsTest, StreamAdversarialTest, SampleCapturesTest and the fuzz tests
 * (DecoderFuzzTest, DecoderRandomFuzzTest); throughput is DecodeBenchmark's.
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

    /**
     * Feeds {@code len} bytes of {@code data} from {@code off}. Whatever the bytes, this counts
     * and goes on; only a range outside {@code data} is refused (IndexOutOfBoundsException,
     * before anything is taken in).
     */
    public void feed(byte[] data, int off, int len) {
        Objects.checkFromIndexSize(off, len, data.length);
        receiver.addBytes(len);
        int n = length;
        int remaining = blockRemaining;
        boolean pending = zeroPending;
        boolean started = frameStarted;
        boolean over = overflow;
        final byte[] buf = frame;
        final int end = off + len;
        int i = off;
        while (i < end) {
            if (!started) {
                // At the start of a frame: if all of it is in this chunk, decode it in one go.
                int z = ZeroBytes.indexOf(data, i, end);
                if (z > i) {
                    wholeFrame(data, i, z);
                    i = z + 1;
                    continue;
                }
                if (z < 0) {
                    started = true; // fall through: the frame continues in the next chunk
                }
            }
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
                i++;
                continue;
            }
            started = true;
            if (over) {
                // Skip the rest of an oversize frame up to its delimiter.
                i++;
                while (i < end && data[i] != 0) {
                    i++;
                }
                continue;
            }
            if (remaining == 0) {
                // A code byte: the previous block's implied zero, if any, is data after all.
                if (pending) {
                    if (n == buf.length) {
                        over = true;
                        i++;
                        continue;
                    }
                    buf[n++] = 0;
                }
                int code = b & 0xFF;
                remaining = code - 1;
                pending = code != 0xFF;
                i++;
            } else {
                // Data bytes of a block: copy the run up to the block's end, the chunk's end or a
                // 0x00 (a delimiter cutting the block short), in one tight loop. Why: this loop
                // carries nearly every byte of the stream.
                int lim = Math.min(end, i + remaining);
                int room = buf.length - n;
                if (lim - i > room) {
                    lim = i + room; // a frame longer than the buffer: stop where it overflows
                }
                int j = i;
                while (j < lim) {
                    byte x = data[j];
                    if (x == 0) {
                        break;
                    }
                    buf[n++] = x;
                    j++;
                }
                remaining -= j - i;
                if (j == i) {
                    over = true; // a data byte with no room left: more than 512 decoded bytes
                    j++;
                }
                i = j;
            }
        }
        length = n;
        blockRemaining = remaining;
        zeroPending = pending;
        frameStarted = started;
        overflow = over;
    }

    /**
     * Decodes a whole frame {@code data[from, to)} (no 0x00 in it; the delimiter at {@code to}):
     * block by block with bulk copies. Why: this is where a busy link spends its time. It gives
     * exactly what the byte-by-byte path gives for the same bytes, so that chunking changes nothing:
     * oversize as soon as more than 512 bytes decode, else a framing error if a block runs past
     * the frame.
     */
    private void wholeFrame(byte[] data, int from, int to) {
        boolean partial = unsynced;
        unsynced = false;
        final byte[] buf = frame;
        int n = 0;
        int p = from;
        while (p < to) {
            int code = data[p++] & 0xFF;
            int run = code - 1;
            int have = Math.min(run, to - p);
            if (have > buf.length - n) {
                receiver.oversizeFrame(partial);
                return;
            }
            if (have < run) {
                receiver.framingError(partial);
                return;
            }
            System.arraycopy(data, p, buf, n, run);
            n += run;
            p += run;
            if (code != 0xFF && p < to) {
                if (n == buf.length) {
                    receiver.oversizeFrame(partial);
                    return;
                }
                buf[n++] = 0;
            }
        }
        receiver.receive(buf, 0, n, partial);
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
