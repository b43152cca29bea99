package org.rollerhub.hub.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.recording.CaptureStore;
import org.rollerhub.hub.transport.Backoff;
import org.rollerhub.hub.transport.LinkManager;
import org.rollerhub.hub.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live hub: several rollers at once, each on its own link thread, analysed as they stream,
 * recorded to the capture store (live rollers only: a recording played back is not recorded again),
 * published through one {@link Publisher}.
 *
 * <p>Lifecycle: {@link #start()}, then wait ({@link #awaitAcknowledged}, {@link #awaitLinksEnded}),
 * then {@link #close()}: stops the links, closes sessions still open (publishing them), waits up to
 * {@code drainMs} for the broker's acknowledgements, and closes the recordings. The publisher is the
 * caller's to close, after this.
 */
public final class LiveHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    private final List<RollerChannel> channels = new ArrayList<>();
    private final SessionTracker sessions = new SessionTracker();
    private final CaptureStore store;
    private boolean closed;

    /**
     * @param transports the rollers, one transport each
     * @param analytics the user's stature and start level
     * @param publisher where summaries, events and status go
     * @param store where raw streams are recorded, or null to record nothing
     * @param output what the user sees as it happens
     */
    public LiveHub(List<Transport> transports, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            CaptureStore store, HubOutput output, Backoff backoff) {
        this(transports, analytics, clock, publisher, store, output, backoff, null);
    }

    /** As above, with the publisher's outbox, whose counts go on every roller's status. */
    public LiveHub(List<Transport> transports, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            CaptureStore store, HubOutput output, Backoff backoff, Outbox outbox) {
        this(transports, analytics, clock, publisher, store, output, backoff, outbox, null);
    }

    /** As above, keeping every session in {@code history} too (null: no session store). */
    public LiveHub(List<Transport> transports, AnalyticsSettings analytics, Clock clock, Publisher publisher,
            CaptureStore store, HubOutput output, Backoff backoff, Outbox outbox, HubHistory history) {
        this.store = store;
        for (Transport t : transports) {
            channels.add(new RollerChannel(t, analytics, clock, publisher,
                    store == null || !t.live() ? null : store.recorder(t.describe()), output, sessions, backoff, outbox, history));
        }
    }

    /** Starts every link. */
    public void start() {
        for (RollerChannel c : channels) {
            c.manager().start();
        }
    }

    /** Summaries acknowledged by the broker so far. */
    public int acknowledged() {
        return sessions.acknowledged();
    }

    /** Waits until {@code n} summaries are acknowledged; false after {@code timeoutMs} (0: wait for ever). */
    public boolean awaitAcknowledged(int n, long timeoutMs) throws InterruptedException {
        return sessions.awaitAcknowledged(n, timeoutMs);
    }

    /**
     * Waits until every link has ended (recordings played to their end; link threads that failed).
     *
     * @return true if every one ended because its stream ended, false if any failed
     */
    public boolean awaitLinksEnded() throws InterruptedException {
        boolean normal = true;
        for (RollerChannel c : channels) {
            c.manager().join();
            normal &= c.manager().streamEnded();
        }
        return normal;
    }

    /** Closes sessions, waiting up to {@code drainMs} for their acknowledgement. */
    public synchronized void close(long drainMs) {
        if (closed) {
            return;
        }
        closed = true;
        for (RollerChannel c : channels) {
            LinkManager m = c.manager();
            try {
                m.stop(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (RollerChannel c : channels) {
            try {
                c.close(); // the link thread has ended: the pipeline is ours now
            } catch (RuntimeException e) {
                LOG.error("closing {}: {}", c.manager().describe(), e.toString());
            }
        }
        try {
            int left = sessions.awaitPending(drainMs);
            if (left > 0) {
                LOG.warn("{} session summaries not yet acknowledged at shutdown (kept in the publisher's outbox, if any)", left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store != null) {
            store.close();
        }
        sessions.wake();
    }

    @Override
    public void close() {
        close(10_000);
    }
}
