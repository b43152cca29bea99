package org.rollerhub.hub.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading event JSON lines in tests. */
final class SummaryEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryEvents() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(String eventJson) {
        return parse(eventJson).path("event").asText();
    }
}
