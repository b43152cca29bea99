package org.rollerhub.hub.transport.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.LinkManager;
import org.rollerhub.hub.transport.LinkSink;

/**
 * A recording under the {@link LinkManager}: played to its end once (the stream ends the manager
 * normally), and a file that cannot be opened is not retried (the manager stops, not normally).
 */
class FileTransportTest {
    @TempDir
    Path dir;

    /** Collects what the link reads and how the manager ends. */
    private static final class Recorder implements LinkSink, LinkManager.Listener {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> stops = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void onStreamBytes(byte[] data, int off, int len) {
            bytes.write(data, off, len);
        }

        @Override
        public void onPacket(byte[] data, int off, int len) {
            throw new AssertionError("a file is a byte stream");
        }

        @Override
        public void onStopped(String description, boolean streamEnded) {
            stops.add(description + (streamEnded ? " ended" : " failed"));
        }
    }

    private static void joinWithin(LinkManager manager, long ms) throws InterruptedException {
        Thread joiner = new Thread(() -> {
            try {
                manager.join();
            } catch (InterruptedException ignored) {
                // the test gives up below
            }
        });
        joiner.start();
        joiner.join(ms);
        assertFalse(joiner.isAlive(), "the manager should have ended within " + ms + " ms");
    }

    @Test
    void aRecordingPlaysOnceToItsEndAndEndsTheManagerNormally() throws Exception {
        byte[] content = new byte[10_000]; // more than one 4 KiB read
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = dir.resolve("c.rlr");
        Files.write(file, content);
        FileTransport transport = new FileTransport(file, 0);
        assertFalse(transport.live());
        Recorder rec = new Recorder();
        LinkManager manager = new LinkManager(transport, Backoff.DEFAULT, rec, rec);
        manager.start();
        joinWithin(manager, TimeUnit.SECONDS.toMillis(10));
        assertArrayEquals(content, rec.bytes.toByteArray(), "every byte, once");
        assertTrue(manager.streamEnded());
        assertEquals(1, manager.connections());
        assertEquals(List.of("file:" + file + " ended"), rec.stops);
    }

    @Test
    void aRecordingThatCannotBeOpenedIsNotRetried() throws Exception {
        Path missing = dir.resolve("gone.rlr");
        Recorder rec = new Recorder();
        // a backoff of a minute: a retry would keep the manager alive far past the join below
        LinkManager manager = new LinkManager(new FileTransport(missing, 1), new Backoff(60_000, 60_000, 0), rec, rec);
        manager.start();
        joinWithin(manager, TimeUnit.SECONDS.toMillis(10));
        assertFalse(manager.streamEnded());
        assertEquals(0, manager.connections());
        assertEquals(List.of("file:" + missing + " failed"), rec.stops);
    }
}
