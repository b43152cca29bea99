package org.rollerhub.hub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A roller on a loopback TCP port that sends a recorded stream once: the first connection gets
 * the bytes, later ones (a restarted hub) get silence, as a roller whose session is over would
 * give. It reads and drops what the hub sends. Close it to stop listening.
 */
public final class OneShotRoller implements AutoCloseable {
    private final ServerSocket server;
    private final AtomicBoolean served = new AtomicBoolean();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    /** Starts listening on a free loopback port. */
    public OneShotRoller(byte[] bytes) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> accept(bytes), "roller-accept");
        t.setDaemon(true);
        t.start();
    }

    /** The port the hub connects to on 127.0.0.1. */
    public int port() {
        return server.getLocalPort();
    }

    private void accept(byte[] bytes) {
        while (!server.isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException closed) {
                return;
            }
            sockets.add(s);
            boolean first = served.compareAndSet(false, true);
            Thread io = new Thread(() -> {
                try (InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                    if (first) {
                        out.write(bytes);
                        out.flush();
                    }
                    in.transferTo(OutputStream.nullOutputStream()); // the hub's commands, until it hangs up
                } catch (IOException gone) {
                    // the hub went away
                }
            }, "roller-conn");
            io.setDaemon(true);
            io.start();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
