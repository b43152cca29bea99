package org.rollerhub.hub.live;

import java.time.Clock;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.hub.delivery.Publisher;

/**
 * Hands one roller's {@link LiveState} to the {@link Publisher} when it changes: once when the
 * roller first says who it is (so a state left retained by a hub that died mid-session is
 * replaced), then on every change that {@link LiveEntityState} reports. A roller that turns out to
 * be another one (another device id on the same link) starts from {@link LiveState#IDLE}.
 *
 * <p>Not thread-safe: called on the roller's link thread.
 */
final class LiveStatePublisher {
    private final Publisher publisher;
    private final Clock clock;
    private String deviceId;
    private LiveEntityState state;

    LiveStatePublisher(Publisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The roller said who it is: publishes its state if it is new to this link. */
    void hello(String id) {
        if (id.equals(deviceId)) {
            return;
        }
        deviceId = id;
        state = new LiveEntityState(LiveEntityState.DEFAULT_LEVEL_DWELL_US);
        publisher.publishLive(id, state.state().json());
    }

    /** A live event of the roller. */
    void event(String id, SessionEvent event) {
        if (id.equals(deviceId) && state.event(event, clock.instant())) {
            publisher.publishLive(id, state.state().json());
        }
    }

    /** A trace point's level. */
    void tracePoint(String id, long deviceTimeUs, String level) {
        if (id.equals(deviceId) && state.level(deviceTimeUs, level)) {
            publisher.publishLive(id, state.state().json());
        }
    }
}
