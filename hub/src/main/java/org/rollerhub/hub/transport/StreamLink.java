package org.rollerhub.hub.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.SerialFrames;

/**
 * A byte-stream link (TCP, a file) over an input and an output stream: reads serial-framed bytes
 * and hands them on, writes commands as serial frames.
 *
 * <p>End of stream means "the roller hung up" (an {@link IOException}) for a network link, and
 * "the recording is over" (a normal return) for a file: {@code endOfStreamIsEnd} says which.
 */
public final class StreamLink implements Link {
    private static final int CHUNK = 4096;

    private final String description;
    private final InputStream in;
    private final OutputStream out;
    private final Closeable resource;
    private final boolean endOfStreamIsEnd;
    private volatile boolean closed;

    /**
     * @param description for messages, such as {@code tcp:127.0.0.1:7000}
     * @param in where the roller's bytes come from
     * @param out where commands go, or null for a read-only link (a file)
     * @param resource closed by {@link #close()}; closing it must unblock a read in progress
     * @param endOfStreamIsEnd whether end of stream ends the link normally (a file) rather than losing it
     */
    public StreamLink(String description, InputStream in, OutputStream out, Closeable resource,
            boolean endOfStreamIsEnd) {
        this.description = description;
        this.in = in;
        this.out = out;
        this.resource = resource;
        this.endOfStreamIsEnd = endOfStreamIsEnd;
    }

    @Override
    public void pump(LinkSink sink) throws IOException {
        byte[] buf = new byte[CHUNK];
        while (!closed) {
            int n;
            try {
                n = in.read(buf);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                throw e;
            }
            if (n < 0) {
                if (closed || endOfStreamIsEnd) {
                    return;
                }
                throw new IOException(description + ": connection closed by the roller");
            }
            if (n > 0) {
                sink.onStreamBytes(buf, 0, n);
            }
        }
    }

    @Override
    public void send(HubCommand command) throws IOException {
        if (out == null) {
            return; // a recording cannot be commanded
        }
        byte[] frame = SerialFrames.encode(command);
        synchronized (out) {
            out.write(frame);
            out.flush();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            resource.close();
        } catch (IOException ignored) {
            // closing to unblock a read: nothing left to do if it fails
        }
    }
}
