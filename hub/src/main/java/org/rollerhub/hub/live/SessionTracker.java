package org.rollerhub.hub.live;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.hub.delivery.AcknowledgedCount;
import org.rollerhub.hub.delivery.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts session summaries handed to the publisher and those the broker acknowledged, so that the
 * hub can stop after N acknowledged sessions and wait for pending ones when shutting down.
 * Thread-safe.
 */
final class SessionTracker {
    private static final Logger LOG = LoggerFactory.getLogger(SessionTracker.class);

    private final Set<CompletableFuture<Void>> pending = new HashSet<>();
    private final AcknowledgedCount acknowledged = new AcknowledgedCount();

    void publish(SessionReport report, Publisher publisher, HubOutput output, Consumer<String> onAck) {
        CompletableFuture<Void> f;
        try {
            f = publisher.publishSession(report.deviceId(), report.sessionId(), report.json());
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        synchronized (this) {
            pending.add(f);
        }
        CompletableFuture<Void> future = f;
        f.whenComplete((ok, error) -> {
            synchronized (this) {
                pending.remove(future);
                notifyAll();
            }
            if (error == null) {
                acknowledged.increment();
                LOG.info("session {} published", report.sessionId());
                onAck.accept(report.sessionId());
                output.published(report.sessionId());
            } else {
                LOG.error("session {} not published: {}", report.sessionId(), error.toString());
                output.publishFailed(report.sessionId(), error);
            }
        });
    }

    /** Summaries the broker acknowledged so far. */
    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits until {@code n} summaries are acknowledged; false if {@code timeoutMs} passed first (0: no limit). */
    boolean awaitAcknowledged(int n, long timeoutMs) throws InterruptedException {
        return acknowledged.await(n, timeoutMs);
    }

    /** Waits until no summary is pending, up to {@code timeoutMs}; returns how many still are. */
    synchronized int awaitPending(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!pending.isEmpty()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return pending.size();
    }

    /** Wakes waiters (the hub is stopping). */
    synchronized void wake() {
        notifyAll();
    }
}
