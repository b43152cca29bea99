package org.rollerhub.protocol;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes packets as a serial stream: a leading 0x00 (as the roller sends on connecting), then one
 * COBS frame and delimiter per packet. The same bytes make a capture ({@code .rlr}) file.
 * Not thread-safe. It does not close the stream it writes to unless closed itself.
 */
public final class SerialStreamWriter implements AutoCloseable {
    private final OutputStream out;
    private final byte[] scratch = new byte[PacketTypes.MAX_PACKET_BYTES];
    private final byte[] frame = new byte[SerialFrames.MAX_FRAME_BYTES];
    private boolean started;

    public SerialStreamWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the leading delimiter if not yet written. */
    public void start() throws IOException {
        if (!started) {
            out.write(0);
            started = true;
        }
    }

    /** Writes one packet as a frame (and the leading delimiter first, once). */
    public void write(Packet packet) throws IOException {
        start();
        int n = SerialFrames.encode(packet, scratch, frame, 0);
        out.write(frame, 0, n);
    }

    /** Writes one already encoded packet (as received over BLE) as a frame. */
    public void writeEncoded(byte[] packet, int off, int len) throws IOException {
        start();
        if (len > PacketTypes.MAX_PACKET_BYTES) {
            throw new IllegalArgumentException("packet of " + len + " bytes");
        }
        int m = Cobs.encode(packet, off, len, frame, 0);
        frame[m] = 0;
        out.write(frame, 0, m + 1);
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
