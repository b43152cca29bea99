package org.rollerhub.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The last status a roller's hub published on {@code <prefix>/<deviceId>/status}, as a clinic
 * server received it.
 *
 * @param deviceId the roller
 * @param link the status's {@code link} field ({@code connected}, {@code reconnecting}, {@code stopped}, ...)
 * @param seenAt when the server received it
 */
public record HubStatus(String deviceId, String link, Instant seenAt) {
    public HubStatus {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(seenAt, "seenAt");
    }
}
