package org.rollerhub.hub.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps what the hub publishes in memory, in order: for tests and for running without a broker.
 * A session counts as stored for good at once. Thread-safe.
 */
public final class MemoryPublisher implements Publisher {

    /** One message: {@code kind} is {@code session}, {@code event} or {@code status}. */
    public record Message(String kind, String deviceId, String json) {
    }

    private final List<Message> messages = new ArrayList<>();
    private boolean closed;

    @Override
    public synchronized CompletableFuture<Void> publishSession(String deviceId, String sessionId, String summaryJson) {
        messages.add(new Message("session", deviceId, summaryJson));
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void publishEvent(String deviceId, String eventJson) {
        messages.add(new Message("event", deviceId, eventJson));
        notifyAll();
    }

    @Override
    public synchronized void publishStatus(String deviceId, String statusJson) {
        messages.add(new Message("status", deviceId, statusJson));
        notifyAll();
    }

    /** Everything published so far, in order. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    /** The messages of one kind, in order. */
    public synchronized List<Message> messages(String kind) {
        List<Message> out = new ArrayList<>();
        for (Message m : messages) {
            if (m.kind().equals(kind)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether {@link #close()} was called. */
    public synchronized boolean closed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
