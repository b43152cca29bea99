package org.rollerhub.sim.fleet;

/**
 * One message the fleet publishes.
 *
 * @param deviceId the hub's roller (the topic is {@code <prefix>/<deviceId>/session})
 * @param sessionId the summary's id
 * @param json the summary line
 * @param kind whether it is a session's first publication or a repeat of the same bytes
 * @param atMs when to publish it, ms from the start of the run
 */
public record Publication(String deviceId, String sessionId, String json, Kind kind, long atMs) {
    /** Why a summary is published. */
    public enum Kind {
        /** The session's first publication. */
        FIRST,
        /** The same bytes again at once: a PUBACK lost, the hub sends again (QoS 1). */
        DUPLICATE,
        /** The same bytes again later: a hub that reconnected drains its outbox again. */
        REPLAY
    }
}
