package org.rollerhub.hub.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which captures to keep: those younger than {@code days} (0: no age limit), and, newest first,
 * as many as fit in {@code maxTotalMb} (0: no size limit). Captures being written are never deleted.
 *
 * @param days keep captures modified within this many days; 0 keeps them whatever their age
 * @param maxTotalMb most megabytes (10^6 bytes) all captures may take together; 0 for no limit
 */
public record Retention(int days, long maxTotalMb) {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    public Retention {
        if (days < 0 || maxTotalMb < 0) {
            throw new IllegalArgumentException("retention limits must not be negative");
        }
    }

    /** Deletes, in {@code dir}, the {@code .rlr} files the rule does not keep; returns how many. */
    public int apply(Path dir, Set<Path> inUse, Instant now) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        record Capture(Path path, Instant modified, long size) {
        }
        List<Capture> captures = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().endsWith(".rlr") && Files.isRegularFile(p)) {
                    captures.add(new Capture(p, Files.getLastModifiedTime(p).toInstant(), Files.size(p)));
                }
            }
        }
        captures.sort(Comparator.comparing(Capture::modified).reversed()); // newest first
        long total = 0;
        int deleted = 0;
        for (Capture c : captures) {
            boolean open = inUse.contains(c.path());
            total += c.size();
            boolean tooOld = days > 0 && Duration.between(c.modified(), now).toDays() >= days;
            boolean tooMuch = maxTotalMb > 0 && total > maxTotalMb * 1_000_000L;
            if (!open && (tooOld || tooMuch)) {
                Files.deleteIfExists(c.path());
                total -= c.size();
                deleted++;
                LOG.info("deleted capture {} ({})", c.path().getFileName(), tooOld ? "older than " + days + " days"
                        : "captures over " + maxTotalMb + " MB");
            }
        }
        return deleted;
    }
}
