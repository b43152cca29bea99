package org.rollerhub.hub.cues;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.Hello;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One roller's cues: asks the {@link CuePolicy} about each live event, writes the cue to the link
 * at once (on the thread that analysed the event), hands back the cue event, and reads the
 * roller's ACKs. A roller that answers a cue with ACK 1 (it predates CUE) or ACK 2 (it lacks the
 * actuator) gets no more cues on that connection, by event or by command; nothing else changes. A
 * new connection starts afresh. Thread-safe: the link thread and the MQTT command thread both call it.
 */
public final class CueDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(CueDispatcher.class);
    /** Cues whose ACK is awaited; a roller answers within milliseconds, so a few are plenty. */
    private static final int MAX_PENDING = 64;

    /** Writes a command to the roller now. */
    @FunctionalInterface
    public interface Sender {
        /**
         * @param cue the cue, given the sequence number it goes out with
         * @return the sequence number it went out with, or −1 when no link is up
         */
        int send(IntFunction<Cue> cue) throws IOException;
    }

    /** Where cue events go: the roller's event topic. */
    @FunctionalInterface
    public interface Events {
        void publish(String deviceId, String eventJson);
    }

    /** What a command to send a cue came to. */
    public enum Outcome {
        SENT("sent"), NO_ROLLER("no roller connected"), REFUSED_BY_ROLLER("the roller refused cues on this connection"),
        CUES_OFF("cues are off for this roller");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final CuePolicy policy;
    private final Sender sender;
    private final Events events;
    private final LongSupplier nanoTime;
    private final Map<Integer, CuePolicy.Request> pending = new HashMap<>();
    private Hello hello;
    private boolean refused;
    private long sent;

    /**
     * @param nanoTime the hub's monotonic clock, ns (System::nanoTime), for the latency reported
     */
    public CueDispatcher(CuePolicy policy, Sender sender, Events events, LongSupplier nanoTime) {
        this.policy = policy;
        this.sender = sender;
        this.events = events;
        this.nanoTime = nanoTime;
    }

    /** A link is up (again): a roller that refused cues on the last one is asked again. */
    public synchronized void connected() {
        refused = false;
        pending.clear();
    }

    public synchronized void hello(Hello h) {
        hello = h;
    }

    /**
     * A live event, analysed from a batch that arrived at {@code arrivedNanos} and whose last
     * sample (taken when the roller sent it) is at device time {@code batchEndUs}: sends the cue it
     * calls for, if any, at once. The latency reported is the sample's age in its batch plus the
     * hub's time from the batch's arrival to the write (the link's own delay is not seen).
     *
     * @return the cue event to publish after the event that caused it, or null
     */
    public synchronized String event(String deviceId, SessionEvent event, long batchEndUs, long arrivedNanos) {
        if (hello == null || refused) {
            return null;
        }
        CuePolicy.Request r = policy.decide(event, hello.hasVibration(), hello.hasLed());
        if (r == null) {
            return null;
        }
        int seq = write(r);
        if (seq < 0) {
            return null;
        }
        long writtenNanos = nanoTime.getAsLong();
        double latencyMs = Math.max(0, batchEndUs - event.tUs()) / 1e3 + (writtenNanos - arrivedNanos) / 1e6;
        return CueEventJson.sent(deviceId, r, seq, event.tUs(), latencyMs);
    }

    /** A cue asked for by command (policy aside: no gap, not quiet), unless cues are off or refused. */
    public synchronized Outcome command(CuePolicy.Request r) {
        if (hello == null) {
            return Outcome.NO_ROLLER;
        }
        if (refused) {
            return Outcome.REFUSED_BY_ROLLER;
        }
        if (!policy.cuesFor(hello.hasVibration())) {
            return Outcome.CUES_OFF;
        }
        int seq = write(r);
        if (seq < 0) {
            return Outcome.NO_ROLLER;
        }
        events.publish(hello.deviceIdHex(), CueEventJson.commanded(hello.deviceIdHex(), r, seq));
        return Outcome.SENT;
    }

    /** The roller's answer to a command: a refused cue turns cues off on this connection. */
    public synchronized void ack(Ack ack) {
        CuePolicy.Request r = pending.remove(ack.ackedSeq());
        if (r == null || ack.result() == Ack.Result.OK || ack.result() == Ack.Result.BUSY) {
            return;
        }
        refused = true;
        String id = hello == null ? "?" : hello.deviceIdHex();
        LOG.info("roller {} answered a cue with {}: no more cues on this connection", id, ack.result());
        events.publish(id, CueEventJson.refused(id, ack.ackedSeq(), ack.result()));
    }

    /** The roller's device id, once it has said hello; else null. */
    public synchronized String deviceId() {
        return hello == null ? null : hello.deviceIdHex();
    }

    /** Whether the roller refused cues on this connection. */
    public synchronized boolean refused() {
        return refused;
    }

    /** Cues written so far. */
    public synchronized long sent() {
        return sent;
    }

    /** The policy's settings now. */
    public synchronized CueSettings settings() {
        return policy.settings();
    }

    /** Replaces the policy's settings (a {@code cue/set} command). */
    public synchronized void updatePolicy(CueSettings s) {
        policy.update(s);
    }

    private int write(CuePolicy.Request r) {
        int seq;
        try {
            seq = sender.send(r::toCue);
        } catch (IOException e) {
            LOG.debug("cue not sent: {}", e.toString());
            return -1; // the link is going down; the link manager will say so
        }
        if (seq >= 0) {
            if (pending.size() >= MAX_PENDING) {
                pending.clear(); // a roller that never answers: forget the old ones
            }
            pending.put(seq, r);
            sent++;
        }
        return seq;
    }
}
