package org.rollerhub.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.Level;

/**
 * Reads a session summary line ({@code roller.session/1}) into a {@link StoredSession}: the hub
 * stores what it publishes, and a clinic server what it receives, through the same reader.
 */
public final class SummaryReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryReader() {
    }

    /**
     * @param summaryJson one summary line, kept as it is
     * @param personId whose session it is (the caller decides: the summary's own
     *     {@code user.personId}, if any, is only a hint)
     * @param whenUndated the start to file it under when the summary has no {@code startedAt}
     * @param trace its trace, or null
     * @throws IllegalArgumentException if the line is not a summary
     */
    public static StoredSession read(String summaryJson, String personId, Instant whenUndated, Trace trace) {
        JsonNode n;
        try {
            n = MAPPER.readTree(summaryJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!n.isObject() || !"roller.session/1".equals(n.path("schema").asText()) || !n.path("sessionId").isTextual()) {
            throw new IllegalArgumentException("not a roller.session/1 summary");
        }
        Instant started = null;
        if (n.path("startedAt").isTextual()) {
            try {
                started = Instant.parse(n.path("startedAt").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad startedAt: " + n.path("startedAt").asText(), e);
            }
        }
        JsonNode totals = n.path("totals");
        List<LevelFigures> levels = new ArrayList<>();
        for (JsonNode l : n.path("levels")) {
            levels.add(new LevelFigures(Level.parse(l.path("level").asText()), l.path("reps").asInt(),
                    l.path("holds").asInt(), l.path("holdS").asDouble(), l.path("compensations").asInt()));
        }
        return new StoredSession(n.path("sessionId").asText(), personId, n.path("deviceId").asText(),
                started != null ? started : whenUndated, started != null, n.path("durationS").asDouble(),
                totals.path("reps").asInt(), totals.path("holds").asInt(), totals.path("holdS").asDouble(),
                totals.path("compensations").asInt(), totals.path("shifts").asInt(),
                n.path("zones").path("neckS").asDouble(), n.path("zones").path("lumbarS").asDouble(),
                n.path("recovered").asBoolean(false), levels, summaryJson, trace);
    }

    /** The summary's {@code user.personId}, or null. */
    public static String personIdOf(String summaryJson) {
        try {
            JsonNode p = MAPPER.readTree(summaryJson).path("user").path("personId");
            return p.isTextual() ? p.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
