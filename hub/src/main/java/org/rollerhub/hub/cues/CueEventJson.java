package org.rollerhub.hub.cues;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rollerhub.pipeline.json.Json;
import org.rollerhub.protocol.Ack;

/**
 * Cue events on the event topic, one line of JSON each:
 * <ul>
 *   <li>{@code {"event":"cue","deviceId":..,"trigger":"compensation-onset","pattern":"correct",
 *       "led":"amber","durationMs":0,"seq":12,"deviceTimeUs":..,"latencyMs":3.1}}: a cue written
 *       to the link; {@code deviceTimeUs} is the sample of the event that triggered it and
 *       {@code latencyMs} the time from that sample to the write (its age in its batch, by device
 *       time, plus the hub's time from the batch's arrival to the write). A cue sent by command has
 *       {@code "trigger":"command"} and neither of those two fields.</li>
 *   <li>{@code {"event":"cue-refused","deviceId":..,"seq":12,"ack":"unknown-command"}} (or
 *       {@code "bad-arguments"}): the roller refused a cue; it gets no more on this connection.</li>
 * </ul>
 */
public final class CueEventJson {
    private CueEventJson() {
    }

    /** A cue sent because of an event. */
    public static String sent(String deviceId, CuePolicy.Request r, int seq, long deviceTimeUs, double latencyMs) {
        ObjectNode o = base(deviceId, r, seq);
        o.put("deviceTimeUs", deviceTimeUs);
        o.put("latencyMs", Json.round3(latencyMs));
        return Json.line(o);
    }

    /** A cue sent by command. */
    public static String commanded(String deviceId, CuePolicy.Request r, int seq) {
        return Json.line(base(deviceId, r, seq));
    }

    /** A cue the roller refused. */
    public static String refused(String deviceId, int seq, Ack.Result result) {
        ObjectNode o = Json.object();
        o.put("event", "cue-refused");
        o.put("deviceId", deviceId);
        o.put("seq", seq);
        o.put("ack", result == Ack.Result.UNKNOWN_COMMAND ? "unknown-command"
                : result == Ack.Result.BAD_ARGUMENTS ? "bad-arguments" : "busy");
        return Json.line(o);
    }

    private static ObjectNode base(String deviceId, CuePolicy.Request r, int seq) {
        ObjectNode o = Json.object();
        o.put("event", "cue");
        o.put("deviceId", deviceId);
        o.put("trigger", r.trigger() == null ? "command" : r.trigger().label());
        o.put("pattern", CueRule.name(r.pattern()));
        o.put("led", CueRule.name(r.led()));
        o.put("durationMs", r.durationMs());
        o.put("seq", seq);
        return o;
    }
}
