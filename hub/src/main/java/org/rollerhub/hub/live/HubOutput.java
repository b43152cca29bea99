package org.rollerhub.hub.live;

import org.rollerhub.pipeline.SessionReport;

/**
 * What the live hub tells its user as it happens, besides publishing: the {@code run} command
 * logs it, {@code demo} prints it. Called from link threads and the publisher's threads; must be
 * thread-safe.
 */
public interface HubOutput {
    /** A roller link is up (again). */
    default void connected(String link, boolean reconnect) {
    }

    /** A roller link dropped; retrying. */
    default void lost(String link, String reason, long retryInMs) {
    }

    /** A roller introduced itself. */
    default void hello(String link, String deviceId, String firmware) {
    }

    /** A roller's status line, as published on its status topic (link, firmware, battery...). */
    default void status(String deviceId, String statusJson) {
    }

    /**
     * During a session, about 10 times a second: the contact position and level and the load.
     *
     * @param deviceTimeUs the roller's time, µs
     */
    default void sample(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
    }

    /** A live event, as its JSON line. */
    default void event(String deviceId, String eventJson) {
    }

    /** A session ended with this summary (not yet acknowledged). */
    default void session(SessionReport report) {
    }

    /** The broker acknowledged a session's summary. */
    default void published(String sessionId) {
    }

    /** Publishing a summary failed for good. */
    default void publishFailed(String sessionId, Throwable cause) {
    }
}
