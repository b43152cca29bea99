package org.rollerhub.hub.recording;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.rollerhub.protocol.SerialStreamWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one roller link's raw stream as a capture ({@code .rlr}), exactly as it arrived: serial
 * bytes as they are, BLE packets as serial frames. A reconnect writes one extra 0x00, which ends
 * a frame cut off by the drop, so that a re-analysis sees the junction as at most one bad frame.
 * Recording failures (a full disk) are logged once and recording stops; the live hub goes on.
 * Written from the link's thread, flushed from the store's timer: methods are synchronized.
 */
public final class CaptureRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureRecorder.class);

    private final CaptureStore store;
    private final String link;
    private OutputStream out;
    private SerialStreamWriter frames;
    private Path file;
    private long bytes;
    private LocalDate openedOn;
    private String deviceId;
    private boolean sessionOpen;
    private boolean failed;

    CaptureRecorder(CaptureStore store, String link) {
        this.store = store;
        this.link = link;
    }

    /** The file being written, or null before the first bytes. */
    public synchronized Path file() {
        return file;
    }

    /** Serial bytes as they arrived. */
    public synchronized void streamBytes(byte[] data, int off, int len) {
        if (ensureOpen()) {
            try {
                out.write(data, off, len);
                bytes += len;
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** One whole packet (BLE), written as a serial frame. */
    public synchronized void packet(byte[] data, int off, int len) {
        if (ensureOpen()) {
            try {
                frames.writeEncoded(data, off, len);
                bytes += len + 2;
            } catch (IOException | IllegalArgumentException e) {
                fail(e instanceof IOException io ? io : new IOException(e.getMessage()));
            }
        }
    }

    /** The link came back: end any frame the drop cut off. */
    public synchronized void reconnected() {
        if (out != null && !failed) {
            try {
                out.write(0);
                bytes++;
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** The roller said who it is; noted in the index once per file and device. */
    public synchronized void device(String id, String firmware) {
        if (file != null && !id.equals(deviceId)) {
            deviceId = id;
            store.index("device", file, "deviceId", id, "firmware", firmware);
        }
    }

    /** A session started (no rollover until it ends). */
    public synchronized void sessionStarted() {
        sessionOpen = true;
    }

    /** A session ended and its summary is in the outbox; noted in the index. */
    public synchronized void sessionEnded(String sessionId) {
        sessionOpen = false;
        if (file != null) {
            store.index("session", file, "sessionId", sessionId);
        }
    }

    /** The broker acknowledged a session's summary; noted in the index. */
    public void published(Path capture, String sessionId) {
        if (capture != null) {
            store.index("published", capture, "sessionId", sessionId);
        }
    }

    /** Hands what is buffered to the operating system (a SIGKILL loses none of it then). */
    public synchronized void flush() {
        if (out != null && !failed) {
            try {
                out.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeFile();
    }

    private boolean ensureOpen() {
        if (failed) {
            return false;
        }
        if (out != null && !sessionOpen
                && (bytes > CaptureStore.MAX_FILE_BYTES || !LocalDate.now(store.clock().withZone(ZoneOffset.UTC)).equals(openedOn))) {
            closeFile(); // roll over between sessions
        }
        if (out == null) {
            try {
                file = store.newFile(link);
                out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                frames = new SerialStreamWriter(out);
                bytes = 0;
                deviceId = null;
                openedOn = LocalDate.now(store.clock().withZone(ZoneOffset.UTC));
                store.opened(this);
                store.index("opened", file, "link", link);
                LOG.info("{}: recording to {}", link, file);
            } catch (IOException e) {
                fail(e);
                return false;
            }
        }
        return true;
    }

    private void closeFile() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.warn("{}: closing capture {}: {}", link, file, e.getMessage());
            }
            store.index("closed", file);
            store.closed(this);
            out = null;
            frames = null;
        }
    }

    private void fail(IOException e) {
        failed = true;
        LOG.error("{}: recording to {} stopped: {}", link, file, e.getMessage());
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // already failing
        }
        out = null;
        store.closed(this);
    }
}
