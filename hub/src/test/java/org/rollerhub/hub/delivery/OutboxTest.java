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
        assertEquals(Outbox.AddResult.ADDED, box.add(DEV, DEV + "-a", "first"));
        assertEquals(Outbox.AddResult.DUPLICATE, box.add(DEV, DEV + "-a", "first"));
        assertEquals(Outbox.AddResult.CONFLICT, box.add(DEV, DEV + "-a", "second"));
        assertEquals("first", box.oldest(1, id -> false).get(0).summaryJson());
        box.acknowledge(DEV + "-a");
        Outbox reopened = new Outbox(dir, 100);
        assertEquals(Outbox.AddResult.CONFLICT, reopened.add(DEV, DEV + "-a", "third"));
        assertEquals(Outbox.AddResult.DUPLICATE, reopened.add(DEV, DEV + "-a", "first"));
        assertFalse(reopened.isPending(DEV + "-a"));
        assertTrue(reopened.knows(DEV + "-a"));
    }

    @Test
    void whenFullTheOldestPendingSummaryIsDropped() throws Exception {
        Outbox box = new Outbox(dir, 3);
        for (int i = 0; i < 5; i++) {
            box.add(DEV, DEV + "-s" + i, "x" + i);
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
        box.add(DEV, DEV + "-ok", "ok");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000009.json.tmp"), "{\"half");
        Files.writeString(dir.resolve("pending").resolve("00000000000000000010.json"), "not json");
        Outbox reopened = new Outbox(dir, 10);
        assertEquals(List.of(DEV + "-ok"), ids(reopened));
        assertFalse(Files.exists(dir.resolve("pending").resolve("00000000000000000009.json.tmp")));
        assertTrue(Files.exists(dir.resolve("pending").resolve("00000000000000000010.json.bad")));
    }

    @Test
    void skipLeavesOutSummariesAlreadyInFlight() throws Exception {
        Outbox box = new Outbox(dir, 10);
        box.add(DEV, DEV + "-1", "1");
        box.add(DEV, DEV + "-2", "2");
        box.add(DEV, DEV + "-3", "3");
        assertEquals(List.of(DEV + "-2"),
                box.oldest(1, id -> id.endsWith("-1")).stream().map(Outbox.Entry::sessionId).toList());
    }
}
