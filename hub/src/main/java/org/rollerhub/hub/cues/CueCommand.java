package org.rollerhub.hub.cues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.rollerhub.protocol.Cue;

/**
 * A command on {@code <prefix>/<deviceId>/cue/set}, parsed and checked whole before anything is
 * applied (a bad command changes nothing). One JSON object:
 * <ul>
 *   <li>{@code {"action":"send","pattern":"correct","led":"amber","durationMs":0}}: play a cue now
 *       ({@code led} and {@code durationMs} optional: none, 0);</li>
 *   <li>{@code {"action":"policy","mode":"on","quiet":false,"minGapS":3,
 *       "compensation-onset":"correct amber","neck-zone-entered":"stop red",
 *       "lumbar-zone-entered":"off","hold-reached":"good green"}}: change the roller's policy (any
 *       subset of those keys).</li>
 * </ul>
 * Either may carry an {@code "id"} (a string up to 64 characters) that the result repeats.
 */
public sealed interface CueCommand {
    /** Most bytes a command may have: the largest valid one is well under 1 KiB. */
    int MAX_BYTES = 4096;

    /** The id the caller gave, or null. */
    String id();

    /** Play {@code request} now. */
    record Send(String id, CuePolicy.Request request) implements CueCommand {
    }

    /** Replace the policy by {@code settings}. */
    record Policy(String id, CueSettings settings) implements CueCommand {
    }

    /**
     * @param payload the message
     * @param current the roller's policy now (a policy command changes what it names)
     * @throws IllegalArgumentException saying what is wrong
     */
    static CueCommand parse(String payload, CueSettings current) {
        if (payload == null || payload.length() > MAX_BYTES) {
            throw new IllegalArgumentException("a cue command is one JSON object of at most " + MAX_BYTES + " bytes");
        }
        JsonNode o;
        try {
            o = new ObjectMapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("a cue command is a JSON object, e.g. {\"action\":\"send\",\"pattern\":\"correct\"}");
        }
        String id = null;
        if (o.has("id")) {
            if (!o.get("id").isTextual() || o.get("id").asText().length() > 64) {
                throw new IllegalArgumentException("'id' must be a string of at most 64 characters");
            }
            id = o.get("id").asText();
        }
        String action = text(o, "action");
        if ("send".equals(action)) {
            return send(id, o);
        } else if ("policy".equals(action)) {
            return policy(id, o, current);
        }
        throw new IllegalArgumentException("'action' must be \"send\" or \"policy\"");
    }

    private static CueCommand send(String id, JsonNode o) {
        only(o, "action", "id", "pattern", "led", "durationMs");
        Cue.Pattern pattern = CueRule.pattern(requireText(o, "pattern"));
        Cue.LedColour led = o.has("led") ? CueRule.colour(requireText(o, "led")) : Cue.LedColour.NONE;
        int duration = 0;
        if (o.has("durationMs")) {
            JsonNode d = o.get("durationMs");
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 0 || d.asInt() > 0xFFFF) {
                throw new IllegalArgumentException("'durationMs' must be a whole number 0..65535");
            }
            duration = d.asInt();
        }
        return new Send(id, new CuePolicy.Request(null, pattern, led, duration));
    }

    private static CueCommand policy(String id, JsonNode o, CueSettings current) {
        CueSettings s = current;
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            switch (key) {
                case "action", "id" -> {
                }
                case "mode" -> s = s.withMode(CueSettings.Mode.parse(requireText(o, key)));
                case "quiet" -> {
                    if (!v.isBoolean()) {
                        throw new IllegalArgumentException("'quiet' must be true or false");
                    }
                    s = s.withQuiet(v.asBoolean());
                }
                case "minGapS" -> {
                    if (!v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 3600)) {
                        throw new IllegalArgumentException("'minGapS' must be a number of seconds, 0..3600");
                    }
                    s = s.withMinGapSeconds(v.asDouble());
                }
                default -> {
                    CueTrigger trigger;
                    try {
                        trigger = CueTrigger.parse(key);
                    } catch (IllegalArgumentException unknown) {
                        throw new IllegalArgumentException("unknown key '" + key + "' (expected mode, quiet, minGapS, "
                                + "compensation-onset, neck-zone-entered, lumbar-zone-entered, hold-reached, id)");
                    }
                    s = s.withRule(trigger, CueRule.parse(requireText(o, key), s.rule(trigger)));
                }
            }
        }
        return new Policy(id, s);
    }

    private static void only(JsonNode o, String... keys) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!java.util.Arrays.asList(keys).contains(k)) {
                throw new IllegalArgumentException("unknown key '" + k + "' in a send command (expected "
                        + String.join(", ", keys) + ")");
            }
        }
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String requireText(JsonNode o, String key) {
        String t = text(o, key);
        if (t == null) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return t;
    }
}
