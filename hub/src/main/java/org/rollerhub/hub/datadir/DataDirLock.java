package org.rollerhub.hub.datadir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One hub per data folder: an exclusive lock on {@code <dataDir>/hub.lock}, held for as long as
 * the hub runs and released by the operating system when the process ends however it ends
 * (SIGKILL included). The file says which process holds it, so that a second hub can name it.
 * The file itself is left in place: deleting a lock file races with the next hub taking it.
 */
public final class DataDirLock implements AutoCloseable {
    /** The lock file's name in the data folder. */
    public static final String FILE = "hub.lock";

    /** Another process holds the folder. */
    public static final class InUseException extends IOException {
        private final transient Path dir;
        private final String holder;

        InUseException(Path dir, String holder) {
            super("the data folder " + dir + " is in use by another roller-hub (" + holder + "); stop that one "
                    + "(for the service: systemctl stop roller-hub) or give this one another data folder (--data-dir)");
            this.dir = dir;
            this.holder = holder;
        }

        /** The folder that is in use. */
        public Path dir() {
            return dir;
        }

        /** Who holds it, as its lock file says ("pid 1234, since ..."), or "pid unknown". */
        public String holder() {
            return holder;
        }
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path dir;

    private DataDirLock(FileChannel channel, FileLock lock, Path dir) {
        this.channel = channel;
        this.lock = lock;
        this.dir = dir;
    }

    /**
     * Takes the folder's lock, creating the folder if needed; never waits.
     *
     * @throws InUseException when another process (or this one) holds it
     * @throws IOException when the folder or its lock file cannot be made or written
     */
    public static DataDirLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(ch);
            ch.close();
            throw new InUseException(dataDir, holder);
        }
        try {
            byte[] who = ("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(who), 0);
            ch.force(true);
        } catch (IOException e) {
            lock.release();
            ch.close();
            throw e;
        }
        return new DataDirLock(ch, lock, dataDir);
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(256);
            ch.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "pid unknown" : text;
        } catch (IOException e) {
            return "pid unknown";
        }
    }

    /** The locked folder. */
    public Path dir() {
        return dir;
    }

    /** Releases the lock (the process's end does too). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process's end releases it anyway
        }
    }
}
