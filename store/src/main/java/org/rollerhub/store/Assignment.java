package org.rollerhub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A roller lent to a patient over a span of time.
 *
 * @param deviceId the roller, 16 lowercase hex digits
 * @param personId the patient who held it
 * @param from the first instant held
 * @param to when it was returned (exclusive); null while still held
 */
public record Assignment(String deviceId, String personId, Instant from, Instant to) {
    public Assignment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("a loan must end after it starts: " + from + " to " + to);
        }
    }

    /** Whether the patient held the roller at {@code t}. */
    public boolean covers(Instant t) {
        return !t.isBefore(from) && (to == null || t.isBefore(to));
    }
}
