package org.rollerhub.hub.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a roller is doing right now, as Home Assistant automates on it: whether a session is in
 * progress, the vertebral level under the contact, and the last compensation. Immutable.
 *
 * @param inSession a session is in progress (from {@code session-started} to {@code session-ended})
 * @param level the level under the contact ({@code T6}; {@code C} or {@code L} in a zone); null
 *     outside a session and before the first level of one
 * @param lastCompensationAt the hub's clock when the last compensated rep was detected, whole
 *     milliseconds; null if none since the hub started
 * @param lastCompensationLevel that rep's level; null when {@code lastCompensationAt} is
 */
public record LiveState(boolean inSession, String level, Instant lastCompensationAt, String lastCompensationLevel) {
    /** Before anything is known: no session, no level, no compensation. */
    public static final LiveState IDLE = new LiveState(false, null, null, null);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public LiveState {
        lastCompensationAt = lastCompensationAt == null ? null : lastCompensationAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The retained payload of {@code <prefix>/<deviceId>/live}, one line, every key always present
     * (null when unknown): {@code {"inSession":true,"level":"T6","lastCompensationAt":"2026-11-24T02:00:01.250Z",
     * "lastCompensationLevel":"T8"}}.
     */
    public String json() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("inSession", inSession);
        o.put("level", level);
        o.put("lastCompensationAt", lastCompensationAt == null ? null : lastCompensationAt.toString());
        o.put("lastCompensationLevel", lastCompensationLevel);
        return o.toString();
    }
}
