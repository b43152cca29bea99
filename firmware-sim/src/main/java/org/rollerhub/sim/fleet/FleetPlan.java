package org.rollerhub.sim.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * What a fleet of simulated hubs publishes, decided up front and deterministic per seed: the
 * hubs (distinct roller ids; most name their person, some do not), each hub's sessions on
 * successive simulated days, the moments they are published (arrivals at random, {@code rate}
 * a second on average), and the repeats a real fleet sends: exact duplicates right after the
 * first (a lost PUBACK) and outbox replays of a hub's last few summaries some seconds later.
 *
 * @param hubs the simulated hubs
 * @param publications every message, in publication order
 */
public record FleetPlan(List<FleetHub> hubs, List<Publication> publications) {
    /** Where the simulated sessions' calendar starts. */
    public static final Instant EPOCH = Instant.parse("2026-11-02T06:00:00Z");

    /**
     * @param hubCount hubs (1..100000)
     * @param sessions first publications, spread over the hubs at random
     * @param ratePerS mean first publications per second (repeats come on top)
     * @param duplicateShare share of sessions published twice at once (0..1)
     * @param replayShare share of sessions replayed later by an outbox drain (0..1)
     * @param withoutPersonShare share of hubs whose summaries name no person (0..1)
     */
    public static FleetPlan make(long seed, int hubCount, int sessions, double ratePerS, double duplicateShare,
            double replayShare, double withoutPersonShare) {
        Random rnd = new Random(seed);
        List<FleetHub> hubs = new ArrayList<>(hubCount);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < hubCount; i++) {
            String id;
            do {
                id = String.format(Locale.ROOT, "%016x", rnd.nextLong());
            } while (!ids.add(id));
            int start = 5 + rnd.nextInt(5);
            hubs.add(new FleetHub(id, rnd.nextDouble() < withoutPersonShare ? null : String.format(Locale.ROOT, "patient-%05d", i),
                    150 + rnd.nextDouble() * 45, start, Math.max(1, start - 2 - rnd.nextInt(2)),
                    Math.min(12, start + 1 + rnd.nextInt(3))));
        }
        int[] sessionsOf = new int[hubCount];
        List<Publication> out = new ArrayList<>();
        double meanGapMs = 1000.0 / ratePerS;
        double at = 0;
        for (int k = 0; k < sessions; k++) {
            int h = rnd.nextInt(hubCount);
            FleetHub hub = hubs.get(h);
            // one session a simulated day per hub, at a random time of the morning or evening
            Instant start = EPOCH.plus(Duration.ofDays(sessionsOf[h]++)).plusSeconds(rnd.nextInt(14 * 3600));
            String json = SummarySynth.summary(rnd, hub, start);
            String sessionId = json.substring(json.indexOf("\"sessionId\":\"") + 13, json.indexOf("\",\"deviceId\""));
            at += -Math.log(1 - rnd.nextDouble()) * meanGapMs; // arrivals at random
            out.add(new Publication(hub.deviceId(), sessionId, json, Publication.Kind.FIRST, (long) at));
            if (rnd.nextDouble() < duplicateShare) {
                out.add(new Publication(hub.deviceId(), sessionId, json, Publication.Kind.DUPLICATE, (long) at + 1));
            }
            if (rnd.nextDouble() < replayShare) {
                long later = (long) (at + 2_000 + rnd.nextDouble() * 8_000);
                out.add(new Publication(hub.deviceId(), sessionId, json, Publication.Kind.REPLAY, later));
            }
        }
        out.sort(Comparator.comparingLong(Publication::atMs)); // stable: a duplicate stays after its first
        return new FleetPlan(List.copyOf(hubs), List.copyOf(out));
    }

    /** The first publications only: one per session. */
    public List<Publication> firsts() {
        return publications.stream().filter(p -> p.kind() == Publication.Kind.FIRST).toList();
    }
}
