package org.rollerhub.sim.live;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;

/**
 * A pseudo-terminal pair made with libc's {@code openpty}, in raw mode (no echo, no line
 * editing, 8-bit clean), so that the slave behaves like a serial port. The master side is read
 * and written here through libc; the slave is held open too, so that reads on the master do not
 * fail while no client has the slave open. Writes never block: with nobody reading, bytes that do
 * not fit the pty's buffer are dropped, as a UART drops them with nobody listening. Linux only.
 */
final class Pty implements AutoCloseable {
    private static final int O_NONBLOCK = 04000;
    private static final int F_GETFL = 3;
    private static final int F_SETFL = 4;
    private static final int TCSANOW = 0;
    private static final int EAGAIN = 11;
    private static final int EINTR = 4;
    private static final int EIO = 5;

    /** The libc functions used. */
    interface LibC extends Library {
        int openpty(IntByReference master, IntByReference slave, byte[] name, Pointer termp, Pointer winp);

        int tcgetattr(int fd, Pointer termios);

        int tcsetattr(int fd, int optionalActions, Pointer termios);

        void cfmakeraw(Pointer termios);

        int fcntl(int fd, int cmd, int arg);

        int read(int fd, byte[] buf, long count);

        int write(int fd, byte[] buf, long count);

        int close(int fd);
    }

    /** openpty lives in libc from glibc 2.34, in libutil before. */
    interface LibUtil extends Library {
        int openpty(IntByReference master, IntByReference slave, byte[] name, Pointer termp, Pointer winp);
    }

    private static final LibC LIBC = Native.load(Platform.C_LIBRARY_NAME, LibC.class);

    private final int master;
    private final int slave;
    private final String slaveName;
    private volatile boolean closed;
    /** How long a write waits for room before it takes it that nobody is reading, ms. */
    private static final int READER_PATIENCE_MS = 200;
    /** The last write found the buffer full: nobody is reading, so do not wait for room. */
    private boolean stalled;

    Pty() throws IOException {
        if (!Platform.isLinux()) {
            throw new IOException("ptys are made with Linux's openpty");
        }
        IntByReference m = new IntByReference();
        IntByReference s = new IntByReference();
        byte[] name = new byte[256];
        int rc;
        try {
            rc = LIBC.openpty(m, s, name, null, null);
        } catch (UnsatisfiedLinkError e) {
            rc = Native.load("util", LibUtil.class).openpty(m, s, name, null, null);
        }
        if (rc != 0) {
            throw new IOException("openpty failed, errno " + Native.getLastError());
        }
        master = m.getValue();
        slave = s.getValue();
        slaveName = Native.toString(name);
        Memory termios = new Memory(256);
        termios.clear();
        if (LIBC.tcgetattr(slave, termios) != 0) {
            close();
            throw new IOException("tcgetattr failed, errno " + Native.getLastError());
        }
        LIBC.cfmakeraw(termios);
        if (LIBC.tcsetattr(slave, TCSANOW, termios) != 0) {
            close();
            throw new IOException("tcsetattr failed, errno " + Native.getLastError());
        }
        int flags = LIBC.fcntl(master, F_GETFL, 0);
        LIBC.fcntl(master, F_SETFL, flags | O_NONBLOCK);
    }

    /** The slave device's path, e.g. /dev/pts/7. */
    String slaveName() {
        return slaveName;
    }

    /**
     * Reads what the client wrote to the slave; 0 if nothing is there yet (non-blocking), −1 once
     * closed.
     */
    int read(byte[] buf) throws IOException {
        if (closed) {
            return -1;
        }
        int n = LIBC.read(master, buf, buf.length);
        if (n >= 0) {
            return n;
        }
        int errno = Native.getLastError();
        if (errno == EAGAIN || errno == EINTR || errno == EIO) {
            return 0;
        }
        if (closed) {
            return -1;
        }
        throw new IOException("read from pty master failed, errno " + errno);
    }

    /**
     * Writes to the client; bytes that do not fit are dropped once nobody has read for
     * {@link #READER_PATIENCE_MS} (nobody is reading). A reader that is merely late (its thread
     * not scheduled for a few milliseconds on a busy machine, with the simulation sped up far past
     * a real UART's rate) loses nothing.
     */
    void write(byte[] buf, int len) throws IOException {
        byte[] rest = buf;
        int left = len;
        int tries = 0;
        while (left > 0 && !closed) {
            int n = LIBC.write(master, rest, left);
            if (n > 0) {
                stalled = false;
                left -= n;
                rest = java.util.Arrays.copyOfRange(rest, n, n + left);
                continue;
            }
            int errno = Native.getLastError();
            if (errno == EAGAIN && !stalled && ++tries < READER_PATIENCE_MS) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                continue;
            }
            if (errno == EAGAIN || errno == EINTR || errno == EIO) {
                stalled = errno == EAGAIN;
                return; // nobody reading: dropped, as on a UART
            }
            throw new IOException("write to pty master failed, errno " + errno);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            LIBC.close(slave);
            LIBC.close(master);
        }
    }
}
