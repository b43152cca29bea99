package org.rollerhub.hub.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code <outbox>/quarantine/}: outbox files that cannot be trusted (unreadable, or a field that
 * fails validation), kept for a person to look at and never deleted by the hub. Each quarantined
 * {@code NAME} has a {@code NAME.reason} beside it: when and why it was put there, and where from.
 */
public final class Quarantine {
    /** The folder's name inside the outbox folder. */
    public static final String FOLDER = "quarantine";
    private static final String REASON = ".reason";

    /** One quarantined file. */
    public record Item(Path file, String reason) {
    }

    private final Path dir;

    /** The quarantine of the outbox in {@code outboxDir}; the folder is made when first needed. */
    public Quarantine(Path outboxDir) {
        this.dir = outboxDir.resolve(FOLDER);
    }

    /** The quarantine folder. */
    public Path dir() {
        return dir;
    }

    /**
     * Moves {@code file} here with its reason; a file of the same name already here is kept and
     * the newcomer gets a numbered name.
     *
     * @return where the file now is
     */
    Path put(Path file, String reason) throws IOException {
        Files.createDirectories(dir);
        String name = file.getFileName().toString();
        Path target = dir.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(name + "." + i);
        }
        DurableFiles.move(file, target);
        String text = Instant.now() + " from " + file + ": " + reason + "\n";
        Files.writeString(target.resolveSibling(target.getFileName() + REASON), text, StandardCharsets.UTF_8);
        DurableFiles.fsyncDir(dir);
        DurableFiles.fsyncDir(file.getParent());
        return target;
    }

    /** What is quarantined, by file name. */
    public List<Item> items() throws IOException {
        List<Item> items = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return items;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (p.getFileName().toString().endsWith(REASON)) {
                    continue;
                }
                Path why = p.resolveSibling(p.getFileName() + REASON);
                String reason = Files.exists(why) ? Files.readString(why, StandardCharsets.UTF_8).strip() : "(no reason recorded)";
                items.add(new Item(p, reason));
            }
        }
        return items;
    }

    /** How many files are quarantined. */
    public int count() throws IOException {
        return items().size();
    }
}
