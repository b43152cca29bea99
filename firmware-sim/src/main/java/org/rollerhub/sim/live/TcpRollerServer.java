package org.rollerhub.sim.live;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import org.rollerhub.protocol.SerialStreamWriter;

/**
 * A live roller listening on TCP: the hub connects as a client and gets the serial byte stream
 * (COBS frames, a 0x00 first), and sends its commands the same way. One connection at a time: a
 * new one replaces the old; between connections the person goes on exercising. The roller starts
 * (the person lies down) when the first client connects. Thread-safe.
 */
public final class TcpRollerServer implements AutoCloseable {
    private final LiveRoller roller;
    private final ServerSocket server;
    private final Thread acceptThread;
    private final Object lock = new Object();
    private Socket current;
    private volatile boolean closed;

    /**
     * Listens on {@code address:port} (port 0: any free port); the roller starts on the first connection.
     *
     * @param roller the roller to serve (not yet started; this server starts and closes it)
     */
    public TcpRollerServer(LiveRoller roller, InetAddress address, int port) throws IOException {
        this.roller = roller;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(address, port));
        acceptThread = new Thread(this::acceptLoop, "tcp-roller-accept-" + server.getLocalPort());
        acceptThread.setDaemon(true);
        acceptThread.start();
    }

    /** A roller of {@code seed} at {@code speed} × real time on a free loopback port. */
    public static TcpRollerServer loopback(long seed, double speed) throws IOException {
        return new TcpRollerServer(new LiveRoller(seed, speed, null), InetAddress.getLoopbackAddress(), 0);
    }

    /** The port it listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** The address it listens on. */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    public LiveRoller roller() {
        return roller;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                attach(socket);
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
    }

    private void attach(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        synchronized (lock) {
            if (current != null) {
                roller.disconnect();
                closeQuietly(current);
            }
            current = socket;
        }
        OutputStream raw = new BufferedOutputStream(socket.getOutputStream(), 8192);
        SerialStreamWriter writer = new SerialStreamWriter(raw);
        writer.start();
        writer.flush();
        PacketOutput output = packet -> {
            writer.write(packet);
            writer.flush();
        };
        if (roller.started()) {
            roller.reconnect(output);
        } else {
            roller.startWith(output);
        }
        InputStream in = socket.getInputStream();
        Thread reader = new Thread(() -> readCommands(socket, in), "tcp-roller-read-" + socket.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    private void readCommands(Socket socket, InputStream in) {
        CommandReader commands = new CommandReader(roller);
        byte[] buf = new byte[4096];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                commands.feed(buf, 0, n);
            }
        } catch (SocketException e) {
            // closed under us: the connection is over
        } catch (IOException e) {
            // the connection broke
        }
        synchronized (lock) {
            if (current == socket) {
                roller.disconnect();
                current = null;
            }
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do: it is going away
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        synchronized (lock) {
            if (current != null) {
                closeQuietly(current);
                current = null;
            }
        }
        roller.close();
    }
}
