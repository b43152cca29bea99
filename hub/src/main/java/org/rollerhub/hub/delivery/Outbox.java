package org.rollerhub.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable, on-disk queue of session summaries waiting for the broker's acknowledgement, keyed by
 * {@code sessionId}, oldest first. Thread-safe.
 *
 * <p>Layout: {@code <dir>/pending/<seq>.json} holds one summary not yet acknowledged;
 * {@code <dir>/sent/<seq>.json} remembers the most recently acknowledged ones (as many as
 * {@code maxEntries}), so the same id is never published again with different content. Each file
 * is written atomically: temporary file, fsync, atomic rename, fsync of the folder. A crash at any
 * point leaves either the old state or the new one; at worst a summary is published twice with the
 * same bytes, which consumers drop by {@code sessionId}.
 *
 * <p>Policies: a summary whose id is already known keeps the first content (a different second
 * content is refused with a log line). When {@code maxEntries} summaries are pending, adding one
 * more drops the OLDEST pending summary, with a warning: a hub cut off for a long time keeps the
 * most recent sessions.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One summary in the outbox. {@code seq} orders them: smaller is older. */
    public record Entry(long seq, String deviceId, String sessionId, String summaryJson) {
    }

    /** What {@link #add} did. */
    public enum AddResult {
        /** Stored; it will be published. */
        ADDED,
        /** The same id with the same content is already pending or was delivered: nothing to do. */
        DUPLICATE,
        /** The same id with different content is known: the first content is kept, the new one refused. */
        CONFLICT
    }

    private final Path pendingDir;
    private final Path sentDir;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> pending = new LinkedHashMap<>(); // in seq order
    private final LinkedHashMap<String, Entry> sent = new LinkedHashMap<>(); // in seq order
    private long nextSeq = 1;
    private long dropped;

    /**
     * Opens (or creates) the outbox in {@code dir} and loads what a previous run left there.
     *
     * @param maxEntries most pending summaries kept (and most delivered ids remembered), at least 1
     */
    public Outbox(Path dir, int maxEntries) throws IOException {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("outboxMaxEntries must be at least 1, was " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.pendingDir = dir.resolve("pending");
        this.sentDir = dir.resolve("sent");
        Files.createDirectories(pendingDir);
        Files.createDirectories(sentDir);
        load(pendingDir, pending);
        load(sentDir, sent);
        // An id both pending and sent: a crash between the two renames of acknowledge(); it was delivered.
        for (String id : List.copyOf(pending.keySet())) {
            if (sent.containsKey(id)) {
                Entry e = pending.remove(id);
                Files.deleteIfExists(file(pendingDir, e.seq()));
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("Outbox {}: {} session summaries from an earlier run still to deliver", dir, pending.size());
        }
    }

    /**
     * Stores a summary durably (it is on disk when this returns).
     *
     * @throws IOException when it could not be written (disk full, read-only)
     */
    public synchronized AddResult add(String deviceId, String sessionId, String summaryJson) throws IOException {
        Entry known = pending.containsKey(sessionId) ? pending.get(sessionId) : sent.get(sessionId);
        if (known != null) {
            if (known.summaryJson().equals(summaryJson)) {
                return AddResult.DUPLICATE;
            }
            LOG.warn("Session {} already has a summary with different content; keeping the first one, "
                    + "dropping the new one", sessionId);
            return AddResult.CONFLICT;
        }
        Entry e = new Entry(nextSeq++, deviceId, sessionId, summaryJson);
        writeAtomically(pendingDir, e);
        pending.put(sessionId, e);
        while (pending.size() > maxEntries) {
            Entry oldest = pending.values().iterator().next();
            pending.remove(oldest.sessionId());
            Files.deleteIfExists(file(pendingDir, oldest.seq()));
            dropped++;
            LOG.warn("Outbox full ({} summaries waiting): dropped the oldest, session {}, never delivered "
                    + "({} dropped so far)", maxEntries, oldest.sessionId(), dropped);
        }
        return AddResult.ADDED;
    }

    /**
     * The broker acknowledged {@code sessionId}: it leaves the pending queue and is remembered as
     * sent. Unknown or already acknowledged ids are ignored.
     */
    public synchronized void acknowledge(String sessionId) throws IOException {
        Entry e = pending.remove(sessionId);
        if (e == null) {
            return;
        }
        Path from = file(pendingDir, e.seq());
        Path to = file(sentDir, e.seq());
        moveAtomically(from, to);
        fsyncDir(sentDir);
        fsyncDir(pendingDir);
        sent.put(sessionId, e);
        while (sent.size() > maxEntries) {
            Entry oldest = sent.values().iterator().next();
            sent.remove(oldest.sessionId());
            Files.deleteIfExists(file(sentDir, oldest.seq()));
        }
    }

    /** Up to {@code n} pending summaries, oldest first, skipping those {@code skip} accepts. */
    public synchronized List<Entry> oldest(int n, Predicate<String> skip) {
        List<Entry> out = new ArrayList<>(Math.min(n, pending.size()));
        for (Entry e : pending.values()) {
            if (out.size() >= n) {
                break;
            }
            if (!skip.test(e.sessionId())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether {@code sessionId} is still waiting for its acknowledgement. */
    public synchronized boolean isPending(String sessionId) {
        return pending.containsKey(sessionId);
    }

    /** Whether a summary for {@code sessionId} is pending or was recently delivered. */
    public synchronized boolean knows(String sessionId) {
        return pending.containsKey(sessionId) || sent.containsKey(sessionId);
    }

    /** How many summaries wait for delivery. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** How many summaries were dropped for lack of room since this outbox was opened. */
    public synchronized long droppedCount() {
        return dropped;
    }

    /** The device ids that have pending summaries or delivered ones remembered. */
    public synchronized Set<String> deviceIds() {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (Collection<Entry> c : List.of(pending.values(), sent.values())) {
            for (Entry e : c) {
                ids.add(e.deviceId());
            }
        }
        return ids;
    }

    private void load(Path dir, Map<String, Entry> into) throws IOException {
        List<Entry> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".json")) {
                    Files.deleteIfExists(p); // a temporary file a crash left behind: its rename never happened
                    continue;
                }
                try {
                    JsonNode n = MAPPER.readTree(Files.readString(p, StandardCharsets.UTF_8));
                    found.add(new Entry(n.get("seq").asLong(), n.get("deviceId").asText(), n.get("sessionId").asText(),
                            n.get("summary").asText()));
                } catch (IOException | RuntimeException bad) {
                    // Only whole files are ever renamed into place, so this is damage from outside.
                    Path aside = p.resolveSibling(name + ".bad");
                    Files.move(p, aside, StandardCopyOption.REPLACE_EXISTING);
                    LOG.error("Outbox file {} is unreadable ({}); moved aside to {}", p, bad.toString(), aside);
                }
            }
        }
        found.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        for (Entry e : found) {
            into.putIfAbsent(e.sessionId(), e); // an id twice: the oldest stays
            nextSeq = Math.max(nextSeq, e.seq() + 1);
        }
    }

    private static Path file(Path dir, long seq) {
        return dir.resolve(String.format("%020d.json", seq));
    }

    private static void writeAtomically(Path dir, Entry e) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("seq", e.seq());
        o.put("deviceId", e.deviceId());
        o.put("sessionId", e.sessionId());
        o.put("summary", e.summaryJson());
        byte[] bytes = MAPPER.writeValueAsBytes(o);
        Path target = file(dir, e.seq());
        Path tmp = dir.resolve(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        moveAtomically(tmp, target);
        fsyncDir(dir);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the outbox folder does not support atomic renames: " + from.getParent(), e);
        } catch (NoSuchFileException gone) {
            // already moved (acknowledged twice across a restart): nothing left to do
        }
    }

    /** Makes the folder's entries (a rename) durable; Linux needs an fsync of the folder itself. */
    private static void fsyncDir(Path dir) throws IOException {
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
