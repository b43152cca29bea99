package org.rollerhub.hub.transport;

import java.io.IOException;
import java.util.function.IntFunction;
import org.rollerhub.protocol.GetInfo;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.StartStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one roller connected: connects, asks the roller who it is (GET_INFO) and to stream
 * (START_STREAM at its current rates), pumps what arrives into a {@link LinkSink}, and when the
 * link drops connects again with {@link Backoff}, for as long as it runs. Everything the sink and
 * the listener get happens on this manager's one thread, so what they feed needs no locking.
 *
 * <p>A link whose pump returns normally (the end of a recording) ends the manager, and so does a
 * recording that cannot be opened (not {@link Transport#live()}: it is not retried).
 */
public final class LinkManager {
    private static final Logger LOG = LoggerFactory.getLogger(LinkManager.class);

    /** What happens to the link, on the manager's thread. */
    public interface Listener {
        /** A link is up; {@code reconnect} is true from the second connection on. */
        default void onConnected(String description, boolean reconnect) {
        }

        /** The link was lost; the manager will retry in {@code retryInMs}. */
        default void onLost(String description, String reason, long retryInMs) {
        }

        /** The manager stopped: the stream ended (a recording), or {@link #stop()} was called. */
        default void onStopped(String description, boolean streamEnded) {
        }
    }

    private final Transport transport;
    private final Backoff backoff;
    private final LinkSink sink;
    private final Listener listener;
    private final Thread thread;
    private final Object lock = new Object();
    private volatile boolean stopping;
    private Link current;
    private int commandSeq;
    private volatile int connections;
    private volatile boolean streamEnded;

    public LinkManager(Transport transport, Backoff backoff, LinkSink sink, Listener listener) {
        this.transport = transport;
        this.backoff = backoff;
        this.sink = sink;
        this.listener = listener;
        this.thread = new Thread(this::loop, "link-" + transport.describe());
        this.thread.setDaemon(true);
    }

    /** Starts the manager's thread. */
    public void start() {
        thread.start();
    }

    /** The transport's description. */
    public String describe() {
        return transport.describe();
    }

    /** Links opened so far (1 after the first connect; more after reconnects). */
    public int connections() {
        return connections;
    }

    /** Stops: closes the link, ends the retry loop, and waits up to {@code waitMs} for the thread. */
    public void stop(long waitMs) throws InterruptedException {
        stopping = true;
        synchronized (lock) {
            if (current != null) {
                current.close();
            }
        }
        thread.interrupt();
        thread.join(waitMs);
    }

    /** Waits for the manager's thread to end (a recording played to its end, or after {@link #stop}). */
    public void join() throws InterruptedException {
        thread.join();
    }

    /** Whether the manager ended because the stream ended (a recording played out), not by a stop or a fault. */
    public boolean streamEnded() {
        return streamEnded;
    }

    private void loop() {
        try {
            connectLoop();
        } catch (Throwable t) {
            // Not a lost link (those are retried): a bug. Say so loudly; the hub decides what to do.
            LOG.error("{}: link thread failed: {}", transport.describe(), t.toString(), t);
            listener.onStopped(transport.describe(), false);
        }
    }

    private void connectLoop() {
        long delay = backoff.initialMs();
        boolean ended = false;
        while (!stopping) {
            Link link;
            try {
                link = transport.connect();
            } catch (IOException | RuntimeException e) {
                // A library's unchecked failure to connect is one more reason to retry, never the end.
                if (stopping) {
                    break;
                }
                if (!transport.live()) {
                    // a recording that cannot be opened will not appear by waiting
                    LOG.error("{}: cannot open the recording: {}", transport.describe(), e.getMessage());
                    break;
                }
                LOG.debug("{}: cannot connect: {}", transport.describe(), e.getMessage());
                if (connections == 0 && delay == backoff.initialMs()) {
                    LOG.warn("{}: cannot connect yet ({}); retrying", transport.describe(), e.getMessage());
                }
                if (!sleep(delay)) {
                    break;
                }
                delay = backoff.next(delay);
                continue;
            }
            synchronized (lock) {
                if (stopping) {
                    link.close();
                    break;
                }
                current = link;
            }
            boolean reconnect = connections > 0;
            connections++;
            long upSince = System.nanoTime();
            listener.onConnected(transport.describe(), reconnect);
            LOG.info("{}: connected{}", transport.describe(), reconnect ? " again" : "");
            String reason = null;
            try {
                synchronized (lock) { // a cue command from another thread must not interleave its bytes
                    link.send(new GetInfo(takeSeq()));
                    link.send(new StartStream(takeSeq(), 0, 0));
                }
                link.pump(sink);
                if (!stopping) {
                    ended = true;
                }
            } catch (IOException | RuntimeException e) {
                reason = e.getMessage() == null ? e.toString() : e.getMessage();
            } finally {
                synchronized (lock) {
                    current = null;
                }
                link.close();
            }
            if (ended || stopping) {
                break;
            }
            if ((System.nanoTime() - upSince) / 1_000_000 >= backoff.stableMs()) {
                delay = backoff.initialMs();
            }
            LOG.warn("{}: link lost ({}); reconnecting in {} ms", transport.describe(), reason, delay);
            listener.onLost(transport.describe(), reason, delay);
            if (!sleep(delay)) {
                break;
            }
            delay = backoff.next(delay);
        }
        streamEnded = ended;
        listener.onStopped(transport.describe(), ended);
    }

    /**
     * Sends a command on the link that is up now, with the next command sequence number; from any
     * thread.
     *
     * @param command the command, given its sequence number
     * @return the sequence number it went out with, or −1 when no link is up
     * @throws IOException when writing to the link fails (it is going down)
     */
    public int send(IntFunction<? extends HubCommand> command) throws IOException {
        synchronized (lock) {
            if (current == null) {
                return -1;
            }
            int seq = takeSeq();
            current.send(command.apply(seq));
            return seq;
        }
    }

    /** The next command sequence number; the caller holds {@code lock}. */
    private int takeSeq() {
        int s = commandSeq;
        commandSeq = (commandSeq + 1) & 0xFFFF;
        return s;
    }

    private boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return !stopping;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
