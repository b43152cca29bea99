package org.rollerhub.protocol;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a capture ({@code .rlr}: the serial byte stream as it arrived) from an input stream and
 * hands its intact packets to a sink, in order, with the same rules as a live serial link.
 */
public final class CaptureReader {
    private static final int CHUNK = 64 * 1024;

    private CaptureReader() {
    }

    /** Progress callback: bytes read so far. */
    @FunctionalInterface
    public interface Progress {
        void bytesRead(long total);
    }

    /**
     * Reads {@code in} to its end, feeding {@code decoder}; returns the decoder's counters.
     * IO errors are the caller's; bad bytes are counted, never thrown.
     */
    public static LinkCounters read(InputStream in, SerialStreamDecoder decoder, Progress progress) throws IOException {
        byte[] buf = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            decoder.feed(buf, 0, n);
            total += n;
            if (progress != null) {
                progress.bytesRead(total);
            }
        }
        return decoder.counters();
    }

    /** Reads {@code in} to its end, handing intact packets to {@code sink}. */
    public static LinkCounters read(InputStream in, PacketSink sink) throws IOException {
        return read(in, new SerialStreamDecoder(sink), null);
    }
}
