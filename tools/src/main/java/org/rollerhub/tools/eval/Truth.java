package org.rollerhub.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.Level;

/**
 * What really happened in a capture: the labels of the shared samples' JSON form
 * ({@code meta} and {@code sessions}), which the firmware simulator writes too.
 *
 * @param statureCm the rider's stature (analyse with it)
 * @param startLevel the configured start level (analyse with it)
 * @param lostPackets packets lost over the whole capture
 * @param sessions each session's truth
 */
public record Truth(double statureCm, Level startLevel, long lostPackets, List<TruthSession> sessions) {

    /** One session's truth; times in seconds from the session's start. */
    public record TruthSession(double durationS, List<TruthRep> reps, List<TruthShift> shifts, double neckS,
            double lumbarS, long lostPackets) {
    }

    public record TruthRep(Level level, double startS, double endS, double holdS, boolean held, boolean compensated) {
    }

    public record TruthShift(double atS, Level from, Level to, double distanceCm) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Parses labels JSON. */
    public static Truth parse(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        JsonNode meta = root.path("meta");
        List<TruthSession> sessions = new ArrayList<>();
        for (JsonNode s : root.path("sessions")) {
            List<TruthRep> reps = new ArrayList<>();
            for (JsonNode r : s.path("reps")) {
                reps.add(new TruthRep(Level.parse(r.path("level").asText()), r.path("startS").asDouble(),
                        r.path("endS").asDouble(), r.path("holdS").asDouble(), r.path("held").asBoolean(),
                        r.path("compensated").asBoolean()));
            }
            List<TruthShift> shifts = new ArrayList<>();
            for (JsonNode r : s.path("shifts")) {
                shifts.add(new TruthShift(r.path("atS").asDouble(), Level.parse(r.path("fromLevel").asText()),
                        Level.parse(r.path("toLevel").asText()), r.path("distanceCm").asDouble()));
            }
            sessions.add(new TruthSession(s.path("durationS").asDouble(), reps, shifts,
                    s.path("zones").path("neckS").asDouble(), s.path("zones").path("lumbarS").asDouble(),
                    s.path("link").path("lostPackets").asLong(-1)));
        }
        return new Truth(meta.path("statureCm").asDouble(170), Level.parse(meta.path("startLevel").asText("T8")),
                meta.path("lostPackets").asLong(), sessions);
    }
}
