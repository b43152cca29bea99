package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.InProcessHub;
import org.rollerhub.hub.delivery.Outbox;

/** {@code roller-hub quarantine} lists what the outbox set aside, with why; a missing folder is bad usage. */
class QuarantineCommandTest {
    @TempDir
    Path data;

    private static String[] run(String... args) {
        return InProcessHub.run(args);
    }

    @Test
    void listsEachQuarantinedFileWithItsReason() throws Exception {
        Path outbox = data.resolve("outbox");
        new Outbox(outbox, 10);
        Files.writeString(outbox.resolve("pending").resolve("00000000000000000003.json"), "garbage");
        new Outbox(outbox, 10); // the hub's next start quarantines it
        String[] r = run("quarantine", "--data-dir", data.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("1 quarantined file(s)"), r[1]);
        assertTrue(r[1].contains("00000000000000000003.json"), r[1]);
        assertTrue(r[1].contains("not JSON"), r[1]);
    }

    @Test
    void nothingQuarantinedSaysSo() throws Exception {
        new Outbox(data.resolve("outbox"), 10);
        String[] r = run("quarantine", "--data-dir", data.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Nothing quarantined"), r[1]);
    }

    @Test
    void aFolderWithoutAnOutboxIsBadUsage() {
        String[] r = run("quarantine", "--data-dir", data.resolve("nowhere").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no outbox folder at " + data.resolve("nowhere").resolve("outbox")), r[2]);
    }
}
