package org.rollerhub.hub.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.LinkSink;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.SerialFrames;

/**
 * An open serial port. A read error (the cable pulled, the pty closed) or {@code idleTimeoutMs} of
 * silence loses the link.
 */
final class SerialLink implements Link {
    static final int READ_TIMEOUT_MS = 500;
    private static final int CHUNK = 4096;

    private final String description;
    private final SerialPort port;
    private final int idleTimeoutMs;
    private volatile boolean closed;

    SerialLink(String description, SerialPort port, int idleTimeoutMs) {
        this.description = description;
        this.port = port;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    @Override
    public void pump(LinkSink sink) throws IOException {
        byte[] buf = new byte[CHUNK];
        long lastData = System.nanoTime();
        while (!closed) {
            int n = port.readBytes(buf, buf.length);
            if (closed) {
                return;
            }
            if (n < 0 || !port.isOpen()) {
                throw new IOException(description + ": port lost (error " + port.getLastErrorCode() + ")");
            }
            long now = System.nanoTime();
            if (n > 0) {
                sink.onStreamBytes(buf, 0, n);
                lastData = now;
            } else if ((now - lastData) / 1_000_000 > idleTimeoutMs) {
                // jSerialComm may report a vanished pty as endless empty reads: silence ends it.
                throw new IOException(description + ": no data for " + idleTimeoutMs + " ms");
            }
        }
    }

    @Override
    public void send(HubCommand command) throws IOException {
        byte[] frame = SerialFrames.encode(command);
        synchronized (port) {
            if (port.writeBytes(frame, frame.length) != frame.length) {
                throw new IOException(description + ": write failed (error " + port.getLastErrorCode() + ")");
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        port.closePort();
    }
}
