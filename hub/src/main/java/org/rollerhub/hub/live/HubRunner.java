package org.rollerhub.hub.live;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.recording.CaptureStore;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LiveHub} in the foreground until it is told to stop: after {@code exitAfterSessions}
 * summaries are acknowledged (counted by the outbox, so summaries an earlier run left there count too), when every link has ended (recordings played out), or on SIGTERM /
 * Ctrl-C (a shutdown hook closes open sessions, publishes them, and waits briefly for the broker).
 */
public final class HubRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HubRunner.class);
    /** How long shutdown waits for the broker to acknowledge summaries still in flight, milliseconds. */
    public static final long DRAIN_MS = 10_000;

    private HubRunner() {
    }

    /**
     * @param outbox the publisher's outbox: it counts acknowledgements and its health goes on the status topic
     * @param exitAfterSessions stop once this many summaries are acknowledged; 0 runs until stopped
     * @return 0, or 1 if every link thread stopped and not all because their stream ended (a fault)
     */
    public static int run(List<Transport> transports, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            Outbox outbox, CaptureStore store, HubOutput output, Backoff backoff, int exitAfterSessions)
            throws InterruptedException {
        return run(transports, analytics, clock, publisher, outbox, store, output, backoff, exitAfterSessions, null);
    }

    /** As above, keeping every session in {@code history} too (null: no session store). */
    public static int run(List<Transport> transports, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            Outbox outbox, CaptureStore store, HubOutput output, Backoff backoff, int exitAfterSessions,
            HubHistory history) throws InterruptedException {
        LiveHub hub = new LiveHub(transports, analytics, clock, publisher, store, output, backoff, outbox, history);
        CountDownLatch done = new CountDownLatch(1);
        // The first reason to stop wins; a link stopped by the closing itself is not a fault.
        AtomicInteger code = new AtomicInteger(-1);
        Thread hook = new Thread(() -> {
            code.compareAndSet(-1, 0);
            LOG.info("stopping: closing open sessions and publishing them");
            hub.close(DRAIN_MS);
            publisher.close();
            done.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        hub.start();

        Thread linksEnded = new Thread(() -> {
            try {
                boolean normal = hub.awaitLinksEnded();
                if (code.compareAndSet(-1, normal ? 0 : 1) && !normal) {
                    LOG.error("every link has stopped, not all at the end of their stream; exiting with 1");
                }
                done.countDown();
            } catch (InterruptedException ignored) {
                // the hub is stopping another way
            }
        }, "links-ended");
        linksEnded.setDaemon(true);
        linksEnded.start();
        if (exitAfterSessions > 0) {
            Thread counted = new Thread(() -> {
                try {
                    outbox.awaitAcknowledged(exitAfterSessions, 0);
                    if (code.compareAndSet(-1, 0)) {
                        LOG.info("{} session summaries acknowledged; stopping", exitAfterSessions);
                    }
                    done.countDown();
                } catch (InterruptedException ignored) {
                    // the hub is stopping another way
                }
            }, "session-count");
            counted.setDaemon(true);
            counted.start();
        }
        done.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return 0; // the hook is doing the closing
        }
        hub.close(DRAIN_MS);
        publisher.close();
        return Math.max(0, code.get());
    }
}
