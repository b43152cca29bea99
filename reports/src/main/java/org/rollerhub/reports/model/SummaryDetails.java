package org.rollerhub.reports.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.Level;

/**
 * The parts of a {@code roller.session/1} summary that the store does not keep in columns: every
 * rep and every shift, and the firmware.
 *
 * @param reps every rep, in time order
 * @param shifts every shift, in time order
 * @param firmware the roller's firmware, or null
 */
public record SummaryDetails(List<RepRow> reps, List<ShiftRow> shifts, String firmware) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SummaryDetails {
        reps = List.copyOf(reps);
        shifts = List.copyOf(shifts);
    }

    /**
     * Reads the reps and shifts of one summary line.
     *
     * @throws IllegalArgumentException if the line is not JSON, or a rep or shift lacks a field
     *     the schema requires
     */
    public static SummaryDetails parse(String summaryJson) {
        JsonNode n;
        try {
            n = MAPPER.readTree(summaryJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("summary is not JSON: " + e.getMessage(), e);
        }
        List<RepRow> reps = new ArrayList<>();
        for (JsonNode r : n.path("reps")) {
            reps.add(new RepRow(reps.size() + 1, level(r, "level"), number(r, "startS"), number(r, "endS"),
                    number(r, "holdS"), r.path("held").asBoolean(), r.path("compensated").asBoolean()));
        }
        List<ShiftRow> shifts = new ArrayList<>();
        for (JsonNode s : n.path("shifts")) {
            shifts.add(new ShiftRow(shifts.size() + 1, number(s, "atS"), level(s, "fromLevel"), level(s, "toLevel"),
                    number(s, "distanceCm")));
        }
        String firmware = n.path("firmware").isTextual() ? n.path("firmware").asText() : null;
        return new SummaryDetails(reps, shifts, firmware);
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException("summary field '" + field + "' is missing or not a number");
        }
        return v.asDouble();
    }

    private static Level level(JsonNode n, String field) {
        return Level.parse(n.path(field).asText(""));
    }
}
