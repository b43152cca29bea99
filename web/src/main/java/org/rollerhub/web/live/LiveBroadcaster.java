package org.rollerhub.web.live;

import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LiveFeed} the web server pushes to browsers over Server-Sent Events. The hub's threads
 * only offer to a bounded queue (a full queue drops the message and counts it: the live path never
 * waits for a browser); one thread of its own sends to every connected page. A page that connects
 * gets each roller's last status and the events of the session under way first, so it can draw
 * the present without having watched the past.
 *
 * <p>SSE event names: {@code status}, {@code event}, {@code sample}; each data is one JSON line.
 */
public final class LiveBroadcaster implements LiveFeed, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);
    /** Events of the current session replayed to a page that connects mid-session. */
    private static final int REPLAY_EVENTS = 500;

    private record Message(String deviceId, String name, String json) {
    }

    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(4096);
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final Map<String, String> lastStatus = new LinkedHashMap<>();
    private final Map<String, Deque<String>> sessionEvents = new LinkedHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread sender;
    private volatile boolean closed;

    public LiveBroadcaster() {
        sender = new Thread(this::sendLoop, "web-live");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void status(String deviceId, String statusJson) {
        offer(new Message(deviceId, "status", statusJson));
    }

    @Override
    public void event(String deviceId, String eventJson) {
        offer(new Message(deviceId, "event", eventJson));
    }

    @Override
    public void sample(String deviceId, double atS, double contactCm, String level, double loadN) {
        offer(new Message(deviceId, "sample", String.format(Locale.ROOT,
                "{\"deviceId\":\"%s\",\"atS\":%.2f,\"contactCm\":%.2f,\"level\":\"%s\",\"loadN\":%.1f}",
                deviceId, atS, contactCm, level, loadN)));
    }

    /** Messages dropped because browsers could not keep up. */
    public long dropped() {
        return dropped.get();
    }

    /** Pages connected now. */
    public int clients() {
        return clients.size();
    }

    /** Takes on a page: sends it the present, then everything from now on, until it goes. */
    public void join(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        synchronized (this) {
            // under the lock the sender cannot interleave: the page sees the snapshot, then what follows it
            lastStatus.values().forEach(s -> client.sendEvent("status", s));
            sessionEvents.values().forEach(d -> d.forEach(e -> client.sendEvent("event", e)));
            client.sendEvent("ready", "{}");
            clients.add(client);
        }
    }

    private void offer(Message m) {
        if (!closed && !queue.offer(m)) {
            dropped.incrementAndGet();
        }
    }

    private void sendLoop() {
        List<Message> batch = new ArrayList<>();
        while (!closed) {
            try {
                Message first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 255);
                for (Message m : batch) {
                    deliver(m);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("live page update failed: {}", e.toString());
            } finally {
                batch.clear();
            }
        }
    }

    private synchronized void deliver(Message m) {
        if (m.name().equals("status")) {
            lastStatus.put(m.deviceId(), m.json());
        } else if (m.name().equals("event")) {
            Deque<String> d = sessionEvents.computeIfAbsent(m.deviceId(), k -> new ArrayDeque<>());
            if (m.json().contains("\"event\":\"session-started\"")) {
                d.clear();
            }
            d.addLast(m.json());
            if (d.size() > REPLAY_EVENTS) {
                d.removeFirst();
            }
        }
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else {
                c.sendEvent(m.name(), m.json());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
        clients.clear(); // the pages' connections end with the web server that holds them

    }
}
