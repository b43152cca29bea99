package org.rollerhub.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.rollerhub.store.HubStatus;
import org.rollerhub.store.SessionIntake;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.SummaryReader;

/** Reads received messages into {@link Decoded} values; stateless and thread-safe. */
final class Decoder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Longest {@code link} value the {@code hub_status} table keeps. */
    private static final int MAX_LINK = 32;
    /** Longest session id the {@code session} table keeps. */
    private static final int MAX_SESSION_ID = 80;

    private Decoder() {
    }

    /**
     * Reads a message. A summary must be {@code roller.session/1} about the topic's device;
     * a status a JSON object with a textual {@code link}.
     *
     * @param now when it was received: a status's {@code seenAt}, and the date of an undated summary
     */
    static Decoded decode(Topics topics, Inbound m, Instant now) {
        String json = new String(m.payload(), StandardCharsets.UTF_8);
        String device = topics.deviceOf(m.topic());
        try {
            switch (topics.kindOf(m.topic())) {
                case SESSION -> {
                    StoredSession s = SummaryReader.read(json, "?", now, null);
                    if (s.sessionId().length() > MAX_SESSION_ID) {
                        return new Decoded.Invalid("session id longer than " + MAX_SESSION_ID + " characters");
                    }
                    if (!device.equals(s.deviceId()) || !s.sessionId().startsWith(device + "-")) {
                        return new Decoded.Invalid("summary of device " + s.deviceId() + " (session " + s.sessionId()
                                + ") on the topic of " + device);
                    }
                    return new Decoded.Summary(new SessionIntake.Received(s, SummaryReader.personIdOf(json)));
                }
                case STATUS -> {
                    JsonNode n = MAPPER.readTree(json);
                    String link = n == null ? null : n.path("link").isTextual() ? n.path("link").asText() : null;
                    if (link == null || link.isEmpty() || link.length() > MAX_LINK) {
                        return new Decoded.Invalid("status without a link state of 1.." + MAX_LINK + " characters");
                    }
                    return new Decoded.Status(new HubStatus(device, link, now));
                }
                default -> {
                    return new Decoded.Invalid("not a session or status topic");
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Decoded.Invalid(e.getMessage());
        }
    }
}
