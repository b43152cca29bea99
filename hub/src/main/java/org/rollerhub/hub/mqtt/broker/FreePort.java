package org.rollerhub.hub.mqtt.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds a TCP port to hand to a server (an embedded or child-process MQTT broker) about to bind it. */
public final class FreePort {
    private FreePort() {
    }

    /**
     * A TCP port that was free on {@code address} a moment ago: the system picks it for a
     * throw-away socket bound to that address, which is closed again before this returns. The
     * usual race applies: another process may take the port before the caller binds it, so a
     * caller that must not fail retries with a fresh port.
     *
     * @param address the local address the port will be bound on (e.g. the loopback address)
     * @throws IOException if no socket can be bound on {@code address}
     */
    public static int on(InetAddress address) throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, address)) {
            return s.getLocalPort();
        }
    }
}
