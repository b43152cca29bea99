package org.rollerhub.reports.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rollerhub.reports.ExportException;

/**
 * Writes an export so that the target holds either the whole export or what it held before, never
 * a part: the content goes to a temporary file (or folder) beside the target, is flushed to disk,
 * and is renamed over the target in one atomic step. When writing fails, the temporary is deleted
 * and the target is left alone.
 */
public final class AtomicOutput {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicOutput() {
    }

    /** Writes the export's bytes. */
    @FunctionalInterface
    public interface Body<T> {
        void write(T into) throws IOException;
    }

    /**
     * Writes one file. An existing file at {@code target} is replaced.
     *
     * @throws ExportException if the folder is missing or unwritable, {@code target} is a folder, or
     *     writing fails (the message names the path)
     */
    public static void writeFile(Path target, Body<OutputStream> body) {
        Path dir = parentOf(target);
        if (Files.isDirectory(target)) {
            throw new ExportException("cannot write " + target + ": it is a folder (give a file name)");
        }
        Path tmp = null;
        try {
            tmp = Files.createFile(temporary(dir, target, ".part"));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE))) {
                body.write(out);
            }
            fsync(tmp);
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + describe(e), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes a folder of files. {@code target} must not exist, or be an empty folder (which is
     * replaced).
     *
     * @throws ExportException if {@code target} is a file or a folder with files in it, the parent
     *     is missing or unwritable, or writing fails
     */
    public static void writeFolder(Path target, Body<Path> body) {
        Path dir = parentOf(target);
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new ExportException("cannot write " + target + ": it exists and is not an empty folder "
                    + "(remove it, or give a new name, or a name ending in .zip)");
        }
        Path tmp = null;
        try {
            tmp = Files.createDirectory(temporary(dir, target, ".tmp"));
            body.write(tmp);
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    fsync(f);
                }
            }
            Files.deleteIfExists(target);
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new ExportException("cannot write " + target + ": " + describe(e), e);
        } finally {
            deleteTree(tmp);
        }
    }

    /** A new name beside {@code target}, hidden (a leading dot); created with the process's umask, unlike createTempFile's 0600. */
    private static Path temporary(Path dir, Path target, String suffix) {
        return dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE) + suffix);
    }

    private static Path parentOf(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("cannot write " + target + ": folder " + dir + " is not writable");
        }
        return dir;
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically", e);
        }
        Path dir = to.toAbsolutePath().getParent();
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException ignored) {
            // Some file systems cannot open a folder for sync; the rename itself is still atomic.
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return "it exists";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: a temporary beside the target starts with a dot and ends in .part
            }
        }
    }

    private static void deleteTree(Path p) {
        if (p == null || !Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(AtomicOutput::deleteQuietly);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
