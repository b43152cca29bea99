package org.rollerhub.hub.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * is written with {@link DurableFiles}: a crash at any point leaves either the old state or the
 * new one; at worst a summary is published twice with the same bytes, which consumers drop by
 * {@code sessionId}. Once {@link #add} has returned, the outbox owns the session: recovery asks
 * {@link #knows} before it re-analyses a capture (see {@code docs/delivery.md}).
 *
 * <p>Loading trusts nothing: a file that cannot be read or whose fields fail the checks of
 * {@link OutboxEntryCodec} is moved to the {@link Quarantine} with an ERROR, and stays there
 * until a person removes it.
 *
 * <p>Policies: a summary whose id is already known keeps the first content (a different second
 * content is refused with a log line). When {@code maxEntries} summaries are pending, adding one
 * more drops the OLDEST pending summary, with a warning: a hub cut off for a long time keeps the
 * most recent sessions.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    /** One summary in the outbox. {@code seq} orders them: smaller is older. */
    public record Entry(long seq, String deviceId, String sessionId, String summaryJson) {
    }

    /** The outbox's health as the status topic shows it. */
    public record Counts(int pending, int quarantined) {
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
    private final Quarantine quarantine;
    private final int maxEntries;
    private final LinkedHashMap<String, Entry> pending = new LinkedHashMap<>(); // in seq order
    private final LinkedHashMap<String, Entry> sent = new LinkedHashMap<>(); // in seq order
    private long nextSeq = 1;
    private long dropped;
    private final AcknowledgedCount acknowledged = new AcknowledgedCount();
    private int quarantined;

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
        this.quarantine = new Quarantine(dir);
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
        quarantined = quarantine.count();
        if (quarantined > 0) {
            LOG.error("Outbox {}: {} quarantined file(s) in {} are not delivered; look at them with "
                    + "'roller-hub quarantine', then delete or repair them", dir, quarantined, quarantine.dir());
        }
        if (!pending.isEmpty()) {
            LOG.info("Outbox {}: {} session summaries from an earlier run still to deliver", dir, pending.size());
        }
    }

    /**
     * Stores a summary durably (it is on disk when this returns).
     *
     * @throws IOException when it could not be written (disk full, read-only)
     * @throws IllegalArgumentException when the ids cannot be published (a wildcard in the device
     *     id) or the summary is not a JSON object about them
     */
    public synchronized AddResult add(String deviceId, String sessionId, String summaryJson) throws IOException {
        try {
            OutboxEntryCodec.check(deviceId, sessionId, summaryJson);
        } catch (OutboxEntryCodec.InvalidEntryException e) {
            throw new IllegalArgumentException("session " + sessionId + " cannot go in the outbox: " + e.getMessage());
        }
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
        DurableFiles.write(file(pendingDir, e.seq()), OutboxEntryCodec.encode(e));
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
        DurableFiles.move(from, to);
        DurableFiles.fsyncDir(sentDir);
        DurableFiles.fsyncDir(pendingDir);
        sent.put(sessionId, e);
        acknowledged.increment();
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

    /** Every entry the outbox holds, delivered ones then pending ones, oldest first in each. */
    public synchronized List<Entry> entries() {
        List<Entry> all = new ArrayList<>(sent.values());
        all.addAll(pending.values());
        return all;
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

    /** How many files this outbox's quarantine holds (those found at opening, and any put there since). */
    public synchronized int quarantinedCount() {
        return quarantined;
    }

    /** Pending and quarantined, read together. */
    public synchronized Counts counts() {
        return new Counts(pending.size(), quarantined);
    }

    /** The quarantine beside the queue. */
    public Quarantine quarantine() {
        return quarantine;
    }

    /** How many summaries the broker acknowledged since this outbox was opened, whichever run made them. */
    public int acknowledgedCount() {
        return acknowledged.get();
    }

    /**
     * Waits until {@code n} summaries were acknowledged since opening.
     *
     * @param timeoutMs how long at most; 0 waits for ever
     * @return false if the time ran out first
     */
    public boolean awaitAcknowledged(int n, long timeoutMs) throws InterruptedException {
        return acknowledged.await(n, timeoutMs);
    }

    /** The device ids that have pending summaries or delivered ones remembered. */
    public synchronized Set<String> deviceIds() {
        Set<String> ids = new LinkedHashSet<>();
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
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(DurableFiles.TMP)) {
                    Files.deleteIfExists(p); // a write a crash cut short: its rename never happened
                    continue;
                }
                String reason;
                try {
                    found.add(OutboxEntryCodec.decode(p, Files.readString(p, StandardCharsets.UTF_8)));
                    continue;
                } catch (OutboxEntryCodec.InvalidEntryException bad) {
                    reason = bad.getMessage();
                } catch (IOException | RuntimeException unreadable) {
                    reason = "unreadable: " + unreadable;
                }
                // Only whole, checked entries are ever renamed into place, so this is damage from outside.
                Path aside = quarantine.put(p, reason);
                LOG.error("Outbox file {} cannot be trusted ({}); quarantined as {}", p, reason, aside);
            }
        }
        found.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        for (Entry e : found) {
            into.putIfAbsent(e.sessionId(), e); // an id twice: the oldest stays
            nextSeq = Math.max(nextSeq, e.seq() + 1);
        }
    }

    private static Path file(Path dir, long seq) {
        return dir.resolve(OutboxEntryCodec.fileName(seq));
    }
}
