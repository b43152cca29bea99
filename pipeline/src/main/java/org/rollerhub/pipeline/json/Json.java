package org.rollerhub.pipeline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared JSON plumbing: one mapper, 3-decimal rounding, one-line output in insertion order. */
public final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A new, empty object; keys keep the order they are put in. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code x} rounded half-up to 3 decimals (µs-level noise in times would otherwise change bytes). */
    public static double round3(double x) {
        double r = Math.round(x * 1000.0) / 1000.0;
        return r == 0.0 ? 0.0 : r; // no "-0.0"
    }

    /** The object as one line of JSON. */
    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
