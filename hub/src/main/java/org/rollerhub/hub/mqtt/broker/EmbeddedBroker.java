package org.rollerhub.hub.mqtt.broker;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;

/**
 * An MQTT broker inside the hub's JVM (Moquette), for {@code demo} on a machine without one:
 * anonymous, in memory, telemetry off, on a loopback address only. It takes the preferred port
 * (1883) when free, otherwise another free port; {@link #movedFromPreferred()} says which, so the
 * caller can say so.
 */
public final class EmbeddedBroker implements AutoCloseable {
    /** The standard MQTT port, tried first. */
    public static final int PREFERRED_PORT = 1883;

    private final Server server;
    private final String host;
    private final int port;
    private final boolean moved;

    private EmbeddedBroker(Server server, String host, int port, boolean moved) {
        this.server = server;
        this.host = host;
        this.port = port;
        this.moved = moved;
    }

    /** Starts on 127.0.0.1, port {@code preferredPort} if free, else a free one. */
    public static EmbeddedBroker start(int preferredPort) throws IOException {
        String host = "127.0.0.1";
        int port = preferredPort;
        boolean moved = false;
        if (!free(host, port)) {
            port = FreePort.on(InetAddress.getByName(host));
            moved = true;
        }
        Properties p = new Properties();
        p.setProperty(BrokerConstants.HOST_PROPERTY_NAME, host);
        p.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        p.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false"); // never phone home from a user's Pi
        Server server = new Server();
        server.startServer(new MemoryConfig(p));
        EmbeddedBroker broker = new EmbeddedBroker(server, host, port, moved);
        if (!listening(host, port)) {
            broker.close();
            throw new IOException("the embedded MQTT broker did not start on " + host + ":" + port);
        }
        return broker;
    }

    /** The broker's host, {@code 127.0.0.1}. */
    public String host() {
        return host;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** {@code tcp://127.0.0.1:<port>}. */
    public String url() {
        return "tcp://" + host + ":" + port;
    }

    /** Whether the preferred port was taken and another was used. */
    public boolean movedFromPreferred() {
        return moved;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static boolean free(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
