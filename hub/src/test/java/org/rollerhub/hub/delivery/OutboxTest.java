package org.rollerhub.hub.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox on a real file system: survives reopening, keeps order, dedups by id, bounded. */
class OutboxTest {
    private static final String DEV = "0123456789abcdef";

    @TempDir
    Path dir;

    private static List<String> ids(Outbox box) {
        return box.oldest(Integer.MAX_VALUE, id -> false).stream().map(Outbox.Entry::sessionId).toList();
    }

    @Test
    void pendingSummariesSurviveReopeningInOrderAndAcknowledgedOnesDoNot() throws Exception {
        Outbox box = new Outbox(dir, 100);
        for (int i = 0; i < 5; i++) {
            assertEquals(Outbox.AddResult.ADDED, box.add(DEV, DEV + "-s" + i, "{\"i\":" + i + "}"));
        }
        box.acknowledge(DEV + "-s1");
        Outbox again = new Outbox(dir, 100);
        assertEquals(List.of(DEV + "-s0", DEV + "-s2", DEV + "-s3", DEV + "-s4"), ids(again));
        assertEquals("{\"i\":3}", again.oldest(10, id -> false).get(2).summaryJson());
        assertEquals(Outbox.AddResult.ADDED, again.add(DEV, DEV + "-s5", "{}"));
        assertEquals(DEV + "-s5", ids(again).get(4)); // new ones go after the old ones
    }

    @Test
    void oneIdKeepsItsFirstContentEvenAfterDelivery() throws Exception {
        Outbox box = new Outbox(dir, 100);
        assertEquals(Outbox.AddResult.ADDED, box.add(DEV, DEV + "-a", "{\"v\":\"first\"}"));
        assertEquals(Outbox.AddResult.DUPLICATE, box.add(DEV, DEV + "-a", "{\"v\":\"first\"}"));
        assertEquals(Outbox.AddResult.CONFLICT, box.add(DEV, DEV + "-a", "{\"v\":\"second\"}"));
        assertEquals("{\"v\":\"first\"}", box.oldest(1, id -> false).get(0).summaryJson());
        box.acknowledge(DEV + "-a");
        Outbox reopened = new Outbox(dir, 100);
        assertEquals(Outbox.AddResult.CONFLICT, reopened.add(DEV, DEV + "-a", "{\"v\":\"third\"}"));
        assertEquals(Outbox.AddResult.DUPLICATE, reopened.add(DEV, DEV + "-a", "{\"v\":\"first\"}"));
        assertFalse(reopened.isPending(DEV + "-a"));
        assertTrue(reopened.knows(DEV + "-a"));
    }

    @Test
    void whenFullTheOldestPendingSummaryIsDropped() throws Exception {
        Outbox box = new Outbox(dir, 3);
        for (int i = 0; i < 5; i++) {
            box.add(DEV, DEV + "-s" + i, "{\"x\":" + i + "}");
        }
        assertEquals(List.of(DEV + "-s2", DEV + "-s3", DEV + "-s4"), ids(box));
        assertEquals(2, box.droppedCount());
        assertEquals(3, new Outbox(dir, 3).pendingCount());
        try (Stream<Path> files = Files.list(dir.resolve("pending"))) {
            assertEquals(3, files.count());
        }
    }

    @Test
    void leftoversOfACrashAreCleanedUp() throws Exception {
        Outbox box = new Outbox(dir, 10);
        box.add(DEV, DEV + "-ok", "{}");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000009.json.tmp"), "{\"half");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000010.json"), "not json");
        Outbox reopened = new Outbox(dir, 10);
        assertEquals(List.of(DEV + "-ok"), ids(reopened));
        assertFalse(Files.exists(dir.resolve("pending").resolve("00000000000000000009.json.tmp")));
        assertFalse(Files.exists(dir.resolve("pending").resolve("00000000000000000010.json")));
        assertTrue(Files.exists(dir.resolve("quarantine").resolve("00000000000000000010.json")));
    }

    @Test
    void skipLeavesOutSummariesAlreadyInFlight() throws Exception {
        Outbox box = new Outbox(dir, 10);
        box.add(DEV, DEV + "-1", "{}");
        box.add(DEV, DEV + "-2", "{}");
        box.add(DEV, DEV + "-3", "{}");
        assertEquals(List.of(DEV + "-2"),
                box.oldest(1, id -> id.endsWith("-1")).stream().map(Outbox.Entry::sessionId).toList());
    }

    private void plant(long seq, String deviceId, String sessionId, String summary) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        o.put("seq", seq);
        o.put("deviceId", deviceId);
        o.put("sessionId", sessionId);
        o.put("summary", summary);
        Files.writeString(dir.resolve("pending").resolve(String.format("%020d.json", seq)), o.toString());
    }

    @Test
    void aCorruptEntryStaysQuarantinedAcrossRestartsAndIsCountedEachTime() throws Exception {
        Outbox box = new Outbox(dir, 10);
        box.add(DEV, DEV + "-ok", "{}");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000007.json"), "{\"seq\":7,\"devi");
        for (int restart = 1; restart <= 3; restart++) {
            Outbox reopened = new Outbox(dir, 10);
            assertEquals(List.of(DEV + "-ok"), ids(reopened), "restart " + restart);
            assertEquals(1, reopened.quarantinedCount(), "restart " + restart);
            assertEquals(new Outbox.Counts(1, 1), reopened.counts());
            List<Quarantine.Item> items = reopened.quarantine().items();
            assertEquals(1, items.size());
            assertEquals("00000000000000000007.json", items.get(0).file().getFileName().toString());
            assertTrue(items.get(0).reason().contains("not JSON"), items.get(0).reason());
        }
    }

    @Test
    void entriesThatParseButFailValidationAreQuarantinedNotPublished() throws Exception {
        new Outbox(dir, 10); // makes the folders
        plant(1, "+", DEV + "-wild", "{}");                                  // a wildcard device id
        plant(2, DEV, DEV + "-text", "not json at all");                     // a summary that is not JSON
        plant(3, DEV, DEV + "-seq", "{}");                                   // renamed below: seq and name differ
        Files.move(dir.resolve("pending").resolve("00000000000000000003.json"),
                dir.resolve("pending").resolve("00000000000000000030.json"));
        plant(4, DEV, DEV + "-other", "{\"sessionId\":\"" + DEV + "-else\"}"); // the summary is about another session
        plant(5, "a/b", DEV + "-slash", "{}");                               // a topic separator in the device id
        plant(6, DEV, DEV + "-good", "{\"sessionId\":\"" + DEV + "-good\",\"deviceId\":\"" + DEV + "\"}");
        Outbox box = new Outbox(dir, 10);
        assertEquals(List.of(DEV + "-good"), ids(box));
        assertEquals(5, box.quarantinedCount());
        String reasons = box.quarantine().items().stream().map(Quarantine.Item::reason).reduce("", String::concat);
        assertTrue(reasons.contains("deviceId '+'"), reasons);
        assertTrue(reasons.contains("summary is not JSON"), reasons);
        assertTrue(reasons.contains("does not match the file name"), reasons);
        assertTrue(reasons.contains("is not the entry's"), reasons);
        assertTrue(reasons.contains("deviceId 'a/b'"), reasons);
        assertEquals(7, box.add(DEV, DEV + "-next", "{}") == Outbox.AddResult.ADDED
                ? box.oldest(10, id -> false).get(1).seq() : -1); // new entries go after the last good one
    }

    @Test
    void addRefusesWhatCouldNotBePublished() throws Exception {
        Outbox box = new Outbox(dir, 10);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> box.add("#", "x-1", "{}"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> box.add(DEV, DEV + "-1", "nope"));
        assertEquals(0, box.pendingCount());
    }

    @Test
    void acknowledgementsAreCountedWhicheverRunMadeTheSummary() throws Exception {
        Outbox first = new Outbox(dir, 10);
        first.add(DEV, DEV + "-old", "{}");
        Outbox second = new Outbox(dir, 10); // a restart: the summary is backlog now
        assertFalse(second.awaitAcknowledged(1, 50));
        second.acknowledge(DEV + "-old");
        assertTrue(second.awaitAcknowledged(1, 50));
        assertEquals(1, second.acknowledgedCount());
        second.acknowledge(DEV + "-old"); // twice: counted once
        assertEquals(1, second.acknowledgedCount());
    }
}
