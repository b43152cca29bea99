package org.rollerhub.hub.pipeline;

import java.time.Clock;
import java.util.function.Supplier;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketSink;
import org.rollerhub.protocol.Status;

/**
 * From one roller's packets to events and session reports: HELLO sets the calibration, batches
 * become samples in physical units on the unwrapped device timeline, seq gaps become link gaps,
 * and the analyzer's events come out with their JSON. The same class serves the live hub and
 * {@code analyze}, so both give the same summaries. Not thread-safe: one link thread feeds it.
 *
 * <p>PLACEHOLDER API: the implementation is part of the analytics work (issue 4).
 */
public final class RollerPipeline implements PacketSink {

    /** What the pipeline hands out, on the feeding thread. */
    public interface Listener {
        /** The roller said who it is (on connect, after GET_INFO or TARE). */
        default void onHello(Hello hello) {
        }

        /** The roller's STATUS. */
        default void onStatus(Status status) {
        }

        /** A live event, with its JSON (one line). */
        default void onEvent(String deviceId, SessionEvent event, String eventJson) {
        }

        /** A session ended. */
        default void onSession(SessionReport report) {
        }
    }

    /**
     * @param settings the user's stature and start level
     * @param wallClock the hub's clock for {@code startedAt}/{@code endedAt}; {@code null} leaves them out
     *     (offline analysis of a capture)
     * @param linkCounters snapshots of the link's counters, for per-session link figures
     * @param listener where events and reports go
     */
    public RollerPipeline(AnalyticsSettings settings, Clock wallClock, Supplier<LinkCounters> linkCounters,
            Listener listener) {
    }

    @Override
    public void onPacket(Packet packet) {
    }

    /** The link was re-established: sequence numbers start afresh; the session goes on across the gap. */
    public void linkRestarted() {
    }

    /** End of the stream (end of a capture, hub shutting down): closes a session still open. */
    public void finish() {
    }
}
