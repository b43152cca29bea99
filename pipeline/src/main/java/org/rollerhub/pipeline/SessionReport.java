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
 */
public record SessionReport(String sessionId, String deviceId, SessionSummary summary, LinkCounters link, String json) {
}
