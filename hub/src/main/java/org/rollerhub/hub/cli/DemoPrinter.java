package org.rollerhub.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.pipeline.SessionReport;

/**
 * What {@code demo} prints as it happens: links, the roller, each live event on one readable line,
 * and each session's summary, pretty-printed. Thread-safe.
 */
final class DemoPrinter implements HubOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Event fields not repeated on the line: they are the same for every event of a session. */
    private static final Set<String> QUIET = Set.of("event", "deviceId", "sessionId", "atS", "deviceTimeUs");

    private final PrintStream out;
    private final String topicPrefix;

    DemoPrinter(PrintStream out, String topicPrefix) {
        this.out = out;
        this.topicPrefix = topicPrefix;
    }

    @Override
    public synchronized void connected(String link, boolean reconnect) {
        out.println((reconnect ? "link back: " : "link up:   ") + link);
    }

    @Override
    public synchronized void lost(String link, String reason, long retryInMs) {
        out.println("link lost: " + link + " (" + reason + "); retrying in " + retryInMs + " ms");
    }

    @Override
    public synchronized void hello(String link, String deviceId, String firmware) {
        out.println("roller " + deviceId + " (firmware " + firmware + ") on " + link);
        out.println("live events, on " + topicPrefix + "/" + deviceId + "/event:");
    }

    @Override
    public synchronized void event(String deviceId, String eventJson) {
        try {
            JsonNode e = MAPPER.readTree(eventJson);
            StringBuilder sb = new StringBuilder();
            // a cue event has no session time of its own: it follows the event that triggered it
            String at = e.has("atS") ? String.format("%8.2f s", e.path("atS").asDouble()) : "          ";
            sb.append(String.format("  %s  %-16s", at, e.path("event").asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!QUIET.contains(f.getKey())) {
                    sb.append(' ').append(f.getKey()).append('=').append(f.getValue().asText());
                }
            }
            out.println(sb);
        } catch (IOException notJson) {
            out.println("  " + eventJson);
        }
    }

    @Override
    public synchronized void session(SessionReport report) {
        out.println();
        out.println("session " + report.sessionId() + " ended; summary (on " + topicPrefix + "/" + report.deviceId()
                + "/session):");
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(report.json())));
        } catch (IOException notJson) {
            out.println(report.json());
        }
    }

    @Override
    public synchronized void published(String sessionId) {
        out.println("session " + sessionId + " acknowledged by the broker");
        out.println();
    }

    @Override
    public synchronized void publishFailed(String sessionId, Throwable cause) {
        out.println("session " + sessionId + " NOT published: " + cause.getMessage());
    }
}
