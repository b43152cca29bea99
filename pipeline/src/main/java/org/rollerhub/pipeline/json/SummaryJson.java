package org.rollerhub.pipeline.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.SessionSummary;
import org.rollerhub.analytics.Shift;
import org.rollerhub.protocol.LinkCounters;

/**
 * A session summary as one line of JSON, valid against {@code session-summary.schema.json}
 * ({@code roller.session/1}). Keys come in a fixed order and every number is rounded to 3
 * decimals, so the same session always gives the same bytes.
 */
public final class SummaryJson {
    /** The schema id written into every summary. */
    public static final String SCHEMA = "roller.session/1";

    private SummaryJson() {
    }

    /**
     * @param sessionId {@code <deviceId>-<suffix>}
     * @param deviceId 16 lowercase hex digits
     * @param firmware {@code major.minor.patch}, or null to leave it out
     * @param startedAt wall-clock start, or null to leave it out
     * @param endedAt wall-clock end, or null to leave it out
     * @param summary what the analytics found
     * @param link the link's counts during the session ({@code lostPackets} is taken from the summary)
     */
    public static ObjectNode tree(String sessionId, String deviceId, String firmware, Instant startedAt,
            Instant endedAt, SessionSummary summary, LinkCounters link) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("sessionId", sessionId);
        root.put("deviceId", deviceId);
        if (firmware != null) {
            root.put("firmware", firmware);
        }
        if (startedAt != null) {
            root.put("startedAt", startedAt.toString());
        }
        if (endedAt != null) {
            root.put("endedAt", endedAt.toString());
        }
        root.put("durationS", Json.round3(summary.durationS()));
        ObjectNode user = root.putObject("user");
        user.put("statureCm", Json.round3(summary.statureCm()));
        user.put("startLevel", summary.startLevel().name());

        int holds = 0;
        int comps = 0;
        double holdS = 0;
        Map<Level, int[]> counts = new EnumMap<>(Level.class); // reps, holds, compensations
        Map<Level, double[]> holdTimes = new EnumMap<>(Level.class);
        for (Rep rep : summary.reps()) {
            int[] c = counts.computeIfAbsent(rep.level(), l -> new int[3]);
            c[0]++;
            if (rep.held()) {
                holds++;
                c[1]++;
            }
            if (rep.compensated()) {
                comps++;
                c[2]++;
            }
            holdS += rep.holdS();
            holdTimes.computeIfAbsent(rep.level(), l -> new double[1])[0] += rep.holdS();
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("reps", summary.reps().size());
        totals.put("holds", holds);
        totals.put("shifts", summary.shifts().size());
        totals.put("compensations", comps);
        totals.put("holdS", Json.round3(holdS));

        ArrayNode levels = root.putArray("levels");
        for (Map.Entry<Level, int[]> e : counts.entrySet()) { // EnumMap: from the head down
            ObjectNode l = levels.addObject();
            l.put("level", e.getKey().name());
            l.put("reps", e.getValue()[0]);
            l.put("holds", e.getValue()[1]);
            l.put("holdS", Json.round3(holdTimes.get(e.getKey())[0]));
            l.put("compensations", e.getValue()[2]);
        }

        ArrayNode reps = root.putArray("reps");
        for (Rep rep : summary.reps()) {
            putRep(reps.addObject(), rep);
        }
        ArrayNode shifts = root.putArray("shifts");
        for (Shift shift : summary.shifts()) {
            ObjectNode s = shifts.addObject();
            s.put("atS", Json.round3(shift.atS()));
            s.put("fromLevel", shift.fromLevel().name());
            s.put("toLevel", shift.toLevel().name());
            s.put("distanceCm", Json.round3(shift.distanceCm()));
        }
        ObjectNode zones = root.putObject("zones");
        zones.put("neckS", Json.round3(summary.neckS()));
        zones.put("lumbarS", Json.round3(summary.lumbarS()));

        ObjectNode l = root.putObject("link");
        l.put("packets", link.packets());
        l.put("lostPackets", summary.lostPackets());
        l.put("crcErrors", link.crcErrors());
        l.put("framingErrors", link.framingErrors());
        l.put("unknownPackets", link.unknownType() + link.unsupportedVersion());
        return root;
    }

    /**
     * A rep's fields ({@code level, startS, endS, holdS, held, compensated, breaths}), as in the
     * summary's {@code reps} and in the {@code rep-ended} event.
     */
    static void putRep(ObjectNode r, Rep rep) {
        r.put("level", rep.level().name());
        r.put("startS", Json.round3(rep.startS()));
        r.put("endS", Json.round3(rep.endS()));
        r.put("holdS", Json.round3(rep.holdS()));
        r.put("held", rep.held());
        r.put("compensated", rep.compensated());
        r.put("breaths", rep.breaths());
    }

    /** {@link #tree} as one line. */
    public static String line(String sessionId, String deviceId, String firmware, Instant startedAt,
            Instant endedAt, SessionSummary summary, LinkCounters link) {
        return Json.line(tree(sessionId, deviceId, firmware, startedAt, endedAt, summary, link));
    }
}
