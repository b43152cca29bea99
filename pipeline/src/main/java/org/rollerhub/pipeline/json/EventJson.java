package org.rollerhub.pipeline.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.analytics.Shift;

/**
 * A live event as one line of JSON:
 * {@code {"event":"rep-ended","deviceId":..,"sessionId":..,"atS":..,"deviceTimeUs":.., ...details}}.
 * {@code atS} is seconds from the session's start (as in the summary), {@code deviceTimeUs} the
 * unwrapped device time the event refers to. Numbers are rounded to 3 decimals.
 */
public final class EventJson {
    private EventJson() {
    }

    /** The event's name in JSON, e.g. {@code rep-started}. */
    public static String name(SessionEvent event) {
        if (event instanceof SessionEvent.SessionStarted) {
            return "session-started";
        } else if (event instanceof SessionEvent.SessionEnded) {
            return "session-ended";
        } else if (event instanceof SessionEvent.RepStarted) {
            return "rep-started";
        } else if (event instanceof SessionEvent.HoldReached) {
            return "hold-reached";
        } else if (event instanceof SessionEvent.RepEnded) {
            return "rep-ended";
        } else if (event instanceof SessionEvent.RepCancelled) {
            return "rep-cancelled";
        } else if (event instanceof SessionEvent.CompensationDetected) {
            return "compensation";
        } else if (event instanceof SessionEvent.ShiftDetected) {
            return "shift";
        } else if (event instanceof SessionEvent.ZoneEntered) {
            return "zone-entered";
        } else if (event instanceof SessionEvent.CompensationOnset) {
            return "compensation-onset";
        } else if (event instanceof SessionEvent.ZoneReached e) {
            return e.zone() == org.rollerhub.analytics.Level.C ? "neck-zone-entered" : "lumbar-zone-entered";
        } else {
            return "zone-left";
        }
    }

    /**
     * @param deviceId the roller
     * @param sessionId the session the event belongs to
     * @param sessionStartUs device time of that session's start, µs unwrapped
     * @param event the event
     */
    public static String line(String deviceId, String sessionId, long sessionStartUs, SessionEvent event) {
        ObjectNode o = Json.object();
        o.put("event", name(event));
        o.put("deviceId", deviceId);
        o.put("sessionId", sessionId);
        o.put("atS", Json.round3(Math.max(0, event.tUs() - sessionStartUs) / 1e6));
        o.put("deviceTimeUs", event.tUs());
        if (event instanceof SessionEvent.RepStarted e) {
            o.put("level", e.level().name());
        } else if (event instanceof SessionEvent.HoldReached e) {
            o.put("level", e.level().name());
        } else if (event instanceof SessionEvent.RepEnded e) {
            SummaryJson.putRep(o, e.rep());
        } else if (event instanceof SessionEvent.CompensationDetected e) {
            o.put("level", e.level().name());
            o.put("slideCm", Json.round3(e.slideCm()));
        } else if (event instanceof SessionEvent.ShiftDetected e) {
            Shift s = e.shift();
            o.put("fromLevel", s.fromLevel().name());
            o.put("toLevel", s.toLevel().name());
            o.put("distanceCm", Json.round3(s.distanceCm()));
        } else if (event instanceof SessionEvent.ZoneEntered e) {
            o.put("zone", e.zone().name());
        } else if (event instanceof SessionEvent.ZoneLeft e) {
            o.put("zone", e.zone().name());
        } else if (event instanceof SessionEvent.CompensationOnset e) {
            o.put("level", e.level().name());
            o.put("slideCm", Json.round3(e.slideCm()));
        } else if (event instanceof SessionEvent.ZoneReached e) {
            o.put("zone", e.zone().name());
        } else if (event instanceof SessionEvent.SessionEnded e) {
            o.put("durationS", Json.round3(e.summary().durationS()));
            o.put("reps", e.summary().reps().size());
        }
        return Json.line(o);
    }
}
