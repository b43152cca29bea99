package org.rollerhub.hub.transport.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.Transport;

/**
 * A roller on a serial port (UART or USB CDC, 8N1) through jSerialComm. The port is opened by
 * path, so ptys and udev symlinks work too ({@code /dev/serial/by-id/...}, which jSerialComm does
 * not list but opens).
 */
public final class SerialTransport implements Transport {
    /** The protocol's default rate. */
    public static final int DEFAULT_BAUD = 921_600;

    private final String path;
    private final int baud;
    private final int idleTimeoutMs;

    public SerialTransport(String path, int baud, int idleTimeoutMs) {
        this.path = path;
        this.baud = baud;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    /** Parses {@code PATH[:BAUD]}. */
    public static SerialTransport parse(String spec, int idleTimeoutMs) {
        String path = spec;
        int baud = DEFAULT_BAUD;
        int colon = spec.lastIndexOf(':');
        if (colon >= 0 && !spec.substring(colon + 1).contains("/")) {
            String tail = spec.substring(colon + 1);
            if (!tail.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("expected PATH[:BAUD] with a numeric baud rate, not '" + spec + "'");
            }
            path = spec.substring(0, colon);
            baud = Integer.parseInt(tail);
        }
        if (path.isBlank()) {
            throw new IllegalArgumentException("expected PATH[:BAUD], not '" + spec + "'");
        }
        if (baud < 1200 || baud > 12_000_000) {
            throw new IllegalArgumentException("baud rate must be 1200..12000000, not " + baud + " in '" + spec + "'");
        }
        return new SerialTransport(path, baud, idleTimeoutMs);
    }

    /** The port's path. */
    public String path() {
        return path;
    }

    /** The baud rate. */
    public int baud() {
        return baud;
    }

    @Override
    public String describe() {
        return "serial:" + path + "@" + baud;
    }

    @Override
    public Link connect() throws IOException {
        if (!java.nio.file.Files.exists(java.nio.file.Path.of(path))) {
            throw new IOException(describe() + ": no such device (is the roller plugged in?)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            // jSerialComm reports a vanished or invalid device with an unchecked exception.
            throw new IOException(describe() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // Semi-blocking reads that return at least once a second, so close() and silence are noticed.
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, SerialLink.READ_TIMEOUT_MS, 0);
        if (!port.openPort()) {
            throw new IOException(describe() + ": cannot open (error " + port.getLastErrorCode()
                    + "; is the roller plugged in, and is the user in the dialout group?)");
        }
        return new SerialLink(describe(), port, idleTimeoutMs);
    }
}
