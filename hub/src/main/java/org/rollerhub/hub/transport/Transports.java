package org.rollerhub.hub.transport;

import java.nio.file.Path;
import org.rollerhub.hub.config.RollerSpec;
import org.rollerhub.hub.transport.ble.BleTransport;
import org.rollerhub.hub.transport.file.FileTransport;
import org.rollerhub.hub.transport.serial.SerialTransport;
import org.rollerhub.hub.transport.tcp.TcpTransport;

/** Makes the {@link Transport} for a configured roller link. */
public final class Transports {
    /** Connect timeout for TCP rollers, milliseconds. */
    public static final int TCP_CONNECT_TIMEOUT_MS = 5000;

    private Transports() {
    }

    /**
     * The transport for {@code roller}.
     *
     * @param idleTimeoutMs silence after which a serial or TCP link counts as lost, milliseconds
     * @param playbackSpeed for a recording: multiple of its recorded pace, 0 for as fast as it reads
     */
    public static Transport of(RollerSpec roller, int idleTimeoutMs, double playbackSpeed) {
        return switch (roller.kind()) {
            case "serial" -> new SerialTransport(roller.target(), roller.baud(), idleTimeoutMs);
            case "tcp" -> TcpTransport.parse(roller.target(), TCP_CONNECT_TIMEOUT_MS, idleTimeoutMs);
            case "file" -> new FileTransport(Path.of(roller.target()), playbackSpeed);
            default -> new BleTransport(roller.target());
        };
    }
}
