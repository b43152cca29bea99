package org.rollerhub.pipeline;

import org.rollerhub.analytics.SessionSummary;
import org.rollerhub.protocol.LinkCounters;

/**
 * One finished session as the hub publishes it.
 *
 * @param sessionId {@code <deviceId>-<suffix>}, the same for the same capture analysed twice
 * @param deviceId 16 lowercase hex digits
 * @param summary what the analytics found
 * @param link what the link did during the session
 * @param json the summary as one line of JSON, valid against {@code session-summary.schema.json}
 * @param trace the session as a picture (position and load at about 10 Hz); null where none was made
 */
public record SessionReport(String sessionId, String deviceId, SessionSummary summary, LinkCounters link, String json,
        SessionTrace trace) {

    /** A report without a trace. */
    public SessionReport(String sessionId, String deviceId, SessionSummary summary, LinkCounters link, String json) {
        this(sessionId, deviceId, summary, link, json, null);
    }

    /** The same report with other JSON (marked recovered, or with its person). */
    public SessionReport withJson(String otherJson) {
        return new SessionReport(sessionId, deviceId, summary, link, otherJson, trace);
    }
}
