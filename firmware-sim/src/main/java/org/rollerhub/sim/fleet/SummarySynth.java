package org.rollerhub.sim.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Random;

/**
 * Makes one session summary ({@code roller.session/1}) without running the analytics: reps on
 * the user's levels with a random walk between neighbours, holds, compensations, a shift
 * whenever the level changes, zone times and link counters, all consistent with each other
 * (totals and per-level figures are sums over the reps; every time lies within the session).
 * Keys in the hub's order, numbers rounded to 3 decimals. Deterministic for a given
 * {@link Random} state.
 */
final class SummarySynth {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Held when the plateau lasted this long, s (the simulator's label convention). */
    private static final double HOLD_S = 2.0;
    /** Distance between neighbouring thoracic levels along the spine, cm. */
    private static final double LEVEL_CM = 2.3;

    private SummarySynth() {
    }

    /** One summary line of {@code hub}'s session that started at {@code startedAt}. */
    static String summary(Random rnd, FleetHub hub, Instant startedAt) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "roller.session/1");
        long deviceUs = startedAt.toEpochMilli() * 1000 % (1L << 52); // an unwrapped device clock, µs
        root.put("sessionId", hub.deviceId() + "-" + Long.toHexString(deviceUs));
        root.put("deviceId", hub.deviceId());
        root.put("firmware", "1.4.2");
        ArrayNode reps = MAPPER.createArrayNode();
        ArrayNode shifts = MAPPER.createArrayNode();
        int[] repCount = new int[13];
        int[] holdCount = new int[13];
        int[] compCount = new int[13];
        double[] holdTime = new double[13];
        int n = 3 + rnd.nextInt(13);
        double t = 5 + rnd.nextDouble() * 20; // getting onto the roller
        int level = clamp(hub.startLevel(), hub);
        int holds = 0;
        int comps = 0;
        double holdSum = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && rnd.nextDouble() < 0.35) {
                int next = clamp(level + (rnd.nextBoolean() ? 1 : -1), hub);
                if (next != level) {
                    ObjectNode s = shifts.addObject();
                    s.put("atS", r3(t - 1.5));
                    s.put("fromLevel", "T" + level);
                    s.put("toLevel", "T" + next);
                    s.put("distanceCm", r3((level - next) * LEVEL_CM + (rnd.nextDouble() - 0.5) * 0.6)); // + toward the head
                    level = next;
                }
            }
            boolean held = rnd.nextDouble() < 0.6;
            double hold = held ? HOLD_S + rnd.nextDouble() * 9 : rnd.nextDouble() * (HOLD_S - 0.1);
            double length = 2.5 + hold + rnd.nextDouble() * 3; // rise, plateau, return
            boolean compensated = rnd.nextDouble() < 0.12;
            ObjectNode r = reps.addObject();
            r.put("level", "T" + level);
            r.put("startS", r3(t));
            r.put("endS", r3(t + length));
            r.put("holdS", r3(hold));
            r.put("held", held);
            r.put("compensated", compensated);
            r.put("breaths", held ? (int) Math.round(hold / 4) : 0);
            repCount[level]++;
            holdTime[level] += r3(hold);
            holdSum += r3(hold);
            if (held) {
                holds++;
                holdCount[level]++;
            }
            if (compensated) {
                comps++;
                compCount[level]++;
            }
            t += length + 3 + rnd.nextDouble() * 15;
        }
        double duration = r3(t + rnd.nextDouble() * 10);
        root.put("startedAt", startedAt.toString());
        root.put("endedAt", startedAt.plusMillis(Math.round(duration * 1000)).toString());
        root.put("durationS", duration);
        ObjectNode user = root.putObject("user");
        user.put("statureCm", r3(hub.statureCm()));
        user.put("startLevel", "T" + hub.startLevel());
        if (hub.personId() != null) {
            user.put("personId", hub.personId());
        }
        ObjectNode totals = root.putObject("totals");
        totals.put("reps", n);
        totals.put("holds", holds);
        totals.put("shifts", shifts.size());
        totals.put("compensations", comps);
        totals.put("holdS", r3(holdSum));
        ArrayNode levels = root.putArray("levels");
        for (int l = 1; l <= 12; l++) { // from the head down
            if (repCount[l] > 0) {
                ObjectNode o = levels.addObject();
                o.put("level", "T" + l);
                o.put("reps", repCount[l]);
                o.put("holds", holdCount[l]);
                o.put("holdS", r3(holdTime[l]));
                o.put("compensations", compCount[l]);
            }
        }
        root.set("reps", reps);
        root.set("shifts", shifts);
        ObjectNode zones = root.putObject("zones");
        zones.put("neckS", r3(duration * rnd.nextDouble() * 0.04));
        zones.put("lumbarS", r3(duration * rnd.nextDouble() * 0.08));
        ObjectNode link = root.putObject("link");
        long packets = Math.round(duration * 150); // pressure at 50 Hz, IMU at 100 Hz
        link.put("packets", packets);
        link.put("lostPackets", rnd.nextDouble() < 0.1 ? 1 + rnd.nextInt(3) : 0);
        link.put("crcErrors", rnd.nextDouble() < 0.05 ? 1 : 0);
        link.put("framingErrors", 0);
        link.put("unknownPackets", 0);
        return root.toString();
    }

    private static int clamp(int level, FleetHub hub) {
        return Math.max(hub.lowLevel(), Math.min(hub.highLevel(), level));
    }

    private static double r3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
