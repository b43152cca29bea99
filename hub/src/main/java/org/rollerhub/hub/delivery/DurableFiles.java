package org.rollerhub.hub.delivery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that survive a crash: written whole or not at all. A file is written to
 * {@code <name>.tmp}, fsynced, renamed into place and its folder fsynced; a crash at any step
 * leaves either no file (a {@code .tmp} that the reader deletes) or the whole one.
 */
final class DurableFiles {
    /** The suffix of a file still being written; whatever has it after a crash is incomplete. */
    static final String TMP = ".tmp";

    private DurableFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically and durably (see the class comment). */
    static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + TMP);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            CrashPoint.reached(CrashPoint.OUTBOX_TMP_WRITTEN);
            ch.force(true);
        }
        CrashPoint.reached(CrashPoint.OUTBOX_TMP_SYNCED);
        move(tmp, target);
        CrashPoint.reached(CrashPoint.OUTBOX_RENAMED);
        fsyncDir(target.getParent());
        CrashPoint.reached(CrashPoint.OUTBOX_DIR_SYNCED);
    }

    /** Renames atomically; a source already gone (moved before a restart) is not an error. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the folder does not support atomic renames: " + from.getParent(), e);
        } catch (NoSuchFileException gone) {
            // already moved: nothing left to do
        }
    }

    /** Makes the folder's entries (a rename) durable; Linux needs an fsync of the folder itself. */
    static void fsyncDir(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some systems cannot open folders for fsync; the rename is still atomic there.
            if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
                throw e;
            }
        }
    }
}
