package org.rollerhub.hub.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * An outbox entry on disk, {@code <seq as 20 digits>.json}:
 * {@code {"seq":N,"deviceId":D,"sessionId":S,"summary":"<the summary JSON as text>"}}.
 * Decoding trusts nothing: every field is checked before the entry may be published, since a file
 * can be damaged or edited while the hub is down.
 */
final class OutboxEntryCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Longest device id or session id accepted, characters. */
    static final int MAX_ID_CHARS = 128;

    /** Why a file or an entry cannot be used. */
    static final class InvalidEntryException extends Exception {
        InvalidEntryException(String reason) {
            super(reason);
        }
    }

    private OutboxEntryCodec() {
    }

    /** The file name of entry {@code seq}. */
    static String fileName(long seq) {
        return String.format("%020d.json", seq);
    }

    static byte[] encode(Outbox.Entry e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("seq", e.seq());
        o.put("deviceId", e.deviceId());
        o.put("sessionId", e.sessionId());
        o.put("summary", e.summaryJson());
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes always serialises", impossible);
        }
    }

    /** Reads and checks the entry in {@code file}, whose name must be its seq. */
    static Outbox.Entry decode(Path file, String text) throws InvalidEntryException {
        JsonNode n;
        try {
            n = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidEntryException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new InvalidEntryException("not a JSON object");
        }
        JsonNode seq = n.get("seq");
        if (seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber() || seq.asLong() < 1) {
            throw new InvalidEntryException("seq is missing or not a positive whole number");
        }
        String name = file.getFileName().toString();
        if (!name.equals(fileName(seq.asLong()))) {
            throw new InvalidEntryException("seq " + seq.asLong() + " does not match the file name " + name);
        }
        Outbox.Entry e = new Outbox.Entry(seq.asLong(), text(n, "deviceId"), text(n, "sessionId"), text(n, "summary"));
        check(e.deviceId(), e.sessionId(), e.summaryJson());
        return e;
    }

    /** Checks what an entry will be published as: ids usable in a topic and a summary that is a JSON object about them. */
    static void check(String deviceId, String sessionId, String summaryJson) throws InvalidEntryException {
        checkId("deviceId", deviceId, true);
        checkId("sessionId", sessionId, false);
        JsonNode summary;
        try {
            summary = MAPPER.readTree(summaryJson);
        } catch (JsonProcessingException e) {
            throw new InvalidEntryException("summary is not JSON: " + e.getOriginalMessage());
        }
        if (summary == null || !summary.isObject()) {
            throw new InvalidEntryException("summary is not a JSON object");
        }
        mustMatch(summary, "sessionId", sessionId);
        mustMatch(summary, "deviceId", deviceId);
    }

    private static void mustMatch(JsonNode summary, String field, String expected) throws InvalidEntryException {
        JsonNode inner = summary.get(field);
        if (inner != null && !expected.equals(inner.asText())) {
            throw new InvalidEntryException("the summary's " + field + " '" + inner.asText() + "' is not the entry's '"
                    + expected + "'");
        }
    }

    private static String text(JsonNode n, String field) throws InvalidEntryException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidEntryException(field + " is missing or not text");
        }
        return v.asText();
    }

    /** A device id becomes a topic level: no wildcards, no separators, nothing invisible. */
    private static void checkId(String field, String id, boolean topicLevel) throws InvalidEntryException {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_CHARS) {
            throw new InvalidEntryException(field + " is empty or longer than " + MAX_ID_CHARS + " characters");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || (topicLevel && (c == '+' || c == '#' || c == '/'))) {
                throw new InvalidEntryException(field + " '" + id + "' has a character not allowed there ('" + c + "')");
            }
        }
    }
}
