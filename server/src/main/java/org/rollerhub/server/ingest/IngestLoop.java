package org.rollerhub.server.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.rollerhub.server.db.Database;
import org.rollerhub.store.HubStatus;
import org.rollerhub.store.SessionIntake;
import org.rollerhub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes received messages off the queue in batches, files each batch in one transaction and
 * acknowledges its messages <b>only after the commit</b>. While the database is away the batch is
 * held, unacknowledged, and tried again with a backoff (0.2 s doubling to {@link #MAX_BACKOFF_MS});
 * the loss and the return are each said once, naming the database. A batch the database refuses
 * for its data is filed one message at a time, and a message refused alone is dropped with an
 * error that holds its payload (acknowledged: sending it again would be refused again). A message
 * that is not a summary or status is dropped with a warning.
 */
public final class IngestLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestLoop.class);
    /** Longest wait between tries while the database is away, ms. */
    static final long MAX_BACKOFF_MS = 5_000;
    private static final long REPORT_EVERY_MS = 60_000;

    private final BlockingQueue<Inbound> queue;
    private final SessionIntake intake;
    private final String database;
    private final Topics topics;
    private final Consumer<Inbound> ack;
    private final int maxBatch;
    private final Clock clock;
    private final Backoff backoff = new Backoff(200, MAX_BACKOFF_MS);
    private volatile boolean running = true;
    private long added;
    private long again;
    private long lastReportMs;

    /**
     * @param database the database as messages name it
     * @param ack acknowledges one message to the broker
     * @param maxBatch most messages per transaction
     */
    public IngestLoop(BlockingQueue<Inbound> queue, SessionIntake intake, String database, Topics topics,
            Consumer<Inbound> ack, int maxBatch, Clock clock) {
        this.queue = queue;
        this.intake = intake;
        this.database = database;
        this.topics = topics;
        this.ack = ack;
        this.maxBatch = maxBatch;
        this.clock = clock;
        this.lastReportMs = clock.millis();
    }

    /** Ends the loop after the batch in hand (its messages are acknowledged only if it was committed). */
    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        List<Inbound> batch = new ArrayList<>(maxBatch);
        try {
            while (running) {
                Inbound first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, maxBatch - 1);
                    fileAndAck(batch);
                    batch.clear();
                }
                report();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // what is held stays unacknowledged: the broker sends it again
        }
    }

    private void fileAndAck(List<Inbound> batch) throws InterruptedException {
        Instant now = clock.instant();
        List<Inbound> kept = new ArrayList<>(batch.size());
        List<SessionIntake.Received> sessions = new ArrayList<>();
        List<HubStatus> statuses = new ArrayList<>();
        for (Inbound m : batch) {
            Decoded d = Decoder.decode(topics, m, now);
            if (d instanceof Decoded.Summary s) {
                sessions.add(s.received());
                kept.add(m);
            } else if (d instanceof Decoded.Status s) {
                statuses.add(s.status());
                kept.add(m);
            } else {
                LOG.warn("Dropped a message on {}: {}", m.topic(), ((Decoded.Invalid) d).reason());
                ack.accept(m);
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        if (file(sessions, statuses)) {
            kept.forEach(ack);
            LOG.debug("Filed {} message(s) in {} ms", kept.size(), (System.nanoTime() - t0) / 1_000_000);
            return;
        }
        for (Inbound m : kept) { // refused as a batch: one at a time finds the message at fault
            Decoded d = Decoder.decode(topics, m, now);
            List<SessionIntake.Received> one = d instanceof Decoded.Summary s ? List.of(s.received()) : List.of();
            List<HubStatus> st = d instanceof Decoded.Status s ? List.of(s.status()) : List.of();
            if (!file(one, st)) {
                // The whole payload goes to the log: it is the only copy left once acknowledged.
                LOG.error("Dropped a message on {}: {} refuses it; its payload: {}", m.topic(), database,
                        new String(m.payload(), StandardCharsets.UTF_8));
            }
            ack.accept(m);
        }
    }

    /**
     * Files until committed or refused for its data, waiting out a lost database.
     *
     * @return true if committed, false if the database refused the data
     */
    private boolean file(List<SessionIntake.Received> sessions, List<HubStatus> statuses) throws InterruptedException {
        long lostAtMs = -1;
        while (true) {
            try {
                int n = intake.file(sessions, statuses, clock.instant());
                added += n;
                again += sessions.size() - n;
                if (lostAtMs >= 0) {
                    LOG.info("Database {} is back after {} s: storing again", database,
                            Duration.ofMillis(clock.millis() - lostAtMs).toSeconds());
                }
                backoff.reset();
                return true;
            } catch (RuntimeException e) {
                switch (e instanceof StoreException ? Failure.of(e) : Failure.REJECTED) {
                    case CONFLICT -> LOG.debug("Conflict with another writer, trying again: {}", e.getMessage());
                    case REJECTED -> {
                        LOG.warn("{}", e.getMessage());
                        return false;
                    }
                    case UNREACHABLE -> {
                        if (lostAtMs < 0) {
                            lostAtMs = clock.millis();
                            LOG.warn("Database {} unreachable ({}): holding {} message(s) unacknowledged, trying again "
                                    + "every {} s at most", database, Database.why(e), sessions.size() + statuses.size(),
                                    MAX_BACKOFF_MS / 1000);
                        }
                        if (!running) {
                            throw new InterruptedException("stopping with the database away");
                        }
                        backoff.pause();
                    }
                }
            }
        }
    }

    private void report() {
        long now = clock.millis();
        if (now - lastReportMs >= REPORT_EVERY_MS) {
            if (added + again > 0) {
                LOG.info("Stored {} new session(s), {} already kept, in the last {} s", added, again,
                        (now - lastReportMs) / 1000);
            }
            added = 0;
            again = 0;
            lastReportMs = now;
        }
    }
}
