package org.rollerhub.tools.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.store.SummaryReader;
import org.rollerhub.store.Trace;

/**
 * Fills a store with a seeded, plausible history: {@code people} people, {@code sessions} sessions
 * spread evenly among them over the year before {@code end}, each a 3-6 minute session with 8-20
 * reps at T3..T10 (a summary as the hub publishes it) and a 10 Hz trace.
 */
final class HistoryGenerator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Level[] LEVELS = {Level.T3, Level.T4, Level.T5, Level.T6, Level.T7, Level.T8, Level.T9, Level.T10};

    private HistoryGenerator() {
    }

    static String personId(int i) {
        return String.format("p%02d", i);
    }

    static void fill(SessionStore store, int people, int sessions, Instant end, long seed) {
        Random rnd = new Random(seed);
        Instant yearAgo = end.minus(Duration.ofDays(365));
        for (int p = 0; p < people; p++) {
            store.addPerson(new Person(personId(p), "Person " + p, 150.0 + p % 40, null, ZoneId.of("Europe/Berlin"),
                    yearAgo));
        }
        long spanS = Duration.between(yearAgo, end).getSeconds();
        for (int i = 0; i < sessions; i++) {
            String personId = personId(i % people);
            Instant at = yearAgo.plusSeconds((long) i * spanS / sessions + rnd.nextInt(3600));
            String device = String.format("%016x", 0x1000L + i % people);
            String id = device + "-" + Long.toHexString(1_000_000L + i);
            double duration = 180 + rnd.nextInt(180);
            String json = summary(id, device, at, duration, rnd);
            store.add(SummaryReader.read(json, personId, at, trace(duration, rnd)));
        }
    }

    private static String summary(String id, String device, Instant at, double durationS, Random rnd) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", "roller.session/1");
        o.put("sessionId", id);
        o.put("deviceId", device);
        o.put("firmware", "1.4.2");
        o.put("startedAt", at.toString());
        o.put("endedAt", at.plusMillis((long) (durationS * 1000)).toString());
        o.put("durationS", durationS);
        o.putObject("user").put("statureCm", 170.0).put("startLevel", "T8");
        int reps = 8 + rnd.nextInt(13);
        int holds = 0;
        int comps = 0;
        double holdS = 0;
        ArrayNode repArray = MAPPER.createArrayNode();
        int[] perLevel = new int[LEVELS.length];
        int[] heldPerLevel = new int[LEVELS.length];
        double[] holdPerLevel = new double[LEVELS.length];
        int[] compPerLevel = new int[LEVELS.length];
        for (int r = 0; r < reps; r++) {
            int l = rnd.nextInt(LEVELS.length);
            boolean held = rnd.nextDouble() < 0.7;
            boolean comp = rnd.nextDouble() < 0.1;
            double h = held ? 3 + rnd.nextDouble() * 6 : rnd.nextDouble();
            perLevel[l]++;
            heldPerLevel[l] += held ? 1 : 0;
            holdPerLevel[l] += h;
            compPerLevel[l] += comp ? 1 : 0;
            holds += held ? 1 : 0;
            comps += comp ? 1 : 0;
            holdS += h;
            double start = r * durationS / reps;
            repArray.addObject().put("level", LEVELS[l].name()).put("startS", start).put("endS", start + 8)
                    .put("holdS", h).put("held", held).put("compensated", comp).put("breaths", 2);
        }
        ObjectNode totals = o.putObject("totals");
        totals.put("reps", reps).put("holds", holds).put("shifts", 3).put("compensations", comps).put("holdS", holdS);
        ArrayNode levels = o.putArray("levels");
        for (int l = 0; l < LEVELS.length; l++) {
            if (perLevel[l] > 0) {
                levels.addObject().put("level", LEVELS[l].name()).put("reps", perLevel[l]).put("holds", heldPerLevel[l])
                        .put("holdS", holdPerLevel[l]).put("compensations", compPerLevel[l]);
            }
        }
        o.set("reps", repArray);
        ArrayNode shifts = o.putArray("shifts");
        for (int s = 0; s < 3; s++) {
            shifts.addObject().put("atS", 20.0 * s).put("fromLevel", "T6").put("toLevel", "T7").put("distanceCm", -2.2);
        }
        o.putObject("zones").put("neckS", rnd.nextDouble() * 5).put("lumbarS", rnd.nextDouble() * 8);
        o.putObject("link").put("packets", 60000).put("lostPackets", rnd.nextInt(20)).put("crcErrors", 0)
                .put("framingErrors", 0);
        return o.toString();
    }

    private static Trace trace(double durationS, Random rnd) {
        int n = (int) (durationS * 10) + 1;
        float[] s = new float[n];
        float[] load = new float[n];
        double phase = rnd.nextDouble() * 6;
        for (int i = 0; i < n; i++) {
            s[i] = (float) (6 * Math.sin(phase + i / 80.0) + rnd.nextGaussian() * 0.2);
            load[i] = (float) (350 + 60 * Math.sin(i / 45.0) + rnd.nextGaussian() * 5);
        }
        return new Trace(10, List.of(new Trace.Band(Level.T1, 13.5, 11.6)), s, load);
    }
}
