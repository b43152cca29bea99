package org.rollerhub.hub.transport.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.rollerhub.hub.transport.Link;
import org.rollerhub.hub.transport.StreamLink;
import org.rollerhub.hub.transport.Transport;

/**
 * A roller over TCP (a Wi-Fi roller, or the simulator): the serial byte stream, unchanged, on a
 * socket. A roller that stays silent for {@code idleTimeoutMs} counts as lost (it sends STATUS
 * about once a second), so a vanished Wi-Fi roller is noticed without waiting for TCP.
 */
public final class TcpTransport implements Transport {
    private final String host;
    private final int port;
    private final int connectTimeoutMs;
    private final int idleTimeoutMs;

    public TcpTransport(String host, int port, int connectTimeoutMs, int idleTimeoutMs) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMs = connectTimeoutMs;
        this.idleTimeoutMs = idleTimeoutMs;
    }

    /** Parses {@code HOST:PORT} (IPv6 as {@code [::1]:PORT}). */
    public static TcpTransport parse(String hostPort, int connectTimeoutMs, int idleTimeoutMs) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) {
            throw new IllegalArgumentException("expected HOST:PORT, not '" + hostPort + "'");
        }
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected HOST:PORT with a numeric port, not '" + hostPort + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port + " in '" + hostPort + "'");
        }
        return new TcpTransport(host, port, connectTimeoutMs, idleTimeoutMs);
    }

    @Override
    public String describe() {
        return "tcp:" + host + ":" + port;
    }

    @Override
    public Link connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.setSoTimeout(idleTimeoutMs);
            return new StreamLink(describe(), socket.getInputStream(), socket.getOutputStream(), socket, false);
        } catch (IOException e) {
            socket.close();
            throw new IOException(describe() + ": " + e.getMessage(), e);
        }
    }
}
