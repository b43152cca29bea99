package org.rollerhub.sim.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rollerhub.protocol.SerialStreamWriter;

/**
 * A live roller on a pseudo-terminal, seen by the hub as a serial port at {@code link} (a
 * symlink to the pty's slave, replaced if it exists). The serial byte stream (0x00 first, then
 * COBS frames) goes out on the pty; commands come back on it. A pty cannot tell when a client
 * opens it, so the roller streams all along (a client opening late starts mid-stream, which the
 * protocol allows) and sends HELLO again on GET_INFO. Thread-safe.
 */
public final class PtyRollerServer implements AutoCloseable {
    private final LiveRoller roller;
    private final Pty pty;
    private final Path link;
    private final Thread reader;
    private volatile boolean closed;

    /**
     * Makes the pty and the symlink, and starts the roller.
     *
     * @param roller the roller to serve (not yet started; this server starts and closes it)
     * @param link where to put the symlink to the slave device
     */
    public PtyRollerServer(LiveRoller roller, Path link) throws IOException {
        this.roller = roller;
        this.pty = new Pty();
        this.link = link;
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(pty.slaveName()));
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
        SerialStreamWriter writer = new SerialStreamWriter(buf);
        synchronized (buf) {
            writer.start();
            pty.write(buf.toByteArray(), buf.size());
            buf.reset();
        }
        roller.startWith(packet -> {
            synchronized (buf) {
                writer.write(packet);
                pty.write(buf.toByteArray(), buf.size());
                buf.reset();
            }
        });
        reader = new Thread(this::readCommands, "pty-roller-read");
        reader.setDaemon(true);
        reader.start();
    }

    /** The slave device's real path, e.g. /dev/pts/7. */
    public String slavePath() {
        return pty.slaveName();
    }

    /** The symlink the hub opens. */
    public Path link() {
        return link;
    }

    public LiveRoller roller() {
        return roller;
    }

    private void readCommands() {
        CommandReader commands = new CommandReader(roller);
        byte[] buf = new byte[4096];
        while (!closed) {
            try {
                int n = pty.read(buf);
                if (n < 0) {
                    return;
                }
                if (n == 0) {
                    Thread.sleep(2);
                    continue;
                }
                commands.feed(buf, 0, n);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        roller.close();
        reader.interrupt();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pty.close();
        Files.deleteIfExists(link);
    }
}
