package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.HubProcess;
import org.rollerhub.pipeline.testing.SummarySchema;

/** The {@code analyze} command as a user runs it: a separate hub process on the shared samples. */
class AnalyzeCommandTest {

    private static Path sample(String name) {
        return SummarySchema.sharedDir().resolve("samples").resolve(name);
    }

    @Test
    void printsOneSchemaValidSummaryPerSessionAndTheSameBytesEveryTime() throws Exception {
        // sample-113 holds two sessions; its rider is 193.4 cm with the roller at T10
        String file = sample("sample-113.rlr").toString();
        HubProcess.Result first = HubProcess.run(Map.of(), 120, "analyze", "--stature-cm", "193.4", "--start-level",
                "T10", file);
        HubProcess.Result second = HubProcess.run(Map.of(), 120, "analyze", "--stature-cm", "193.4", "--start-level",
                "t10", file);
        assertEquals(0, first.exitCode(), first.stderr());
        assertEquals(first.stdout(), second.stdout(), "same capture, same bytes");
        String[] lines = first.stdout().split("\n");
        assertEquals(2, lines.length, first.stdout());
        JsonNode labels = SummarySchema.parse(Files.readString(sample("sample-113.json")));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            assertEquals(Set.of(), SummarySchema.validate(lines[i]), lines[i]);
            JsonNode s = SummarySchema.parse(lines[i]);
            ids.add(s.path("sessionId").asText());
            assertTrue(s.path("sessionId").asText().startsWith(s.path("deviceId").asText() + "-"));
            assertEquals(193.4, s.path("user").path("statureCm").asDouble());
            assertEquals("T10", s.path("user").path("startLevel").asText());
            assertTrue(s.path("startedAt").isMissingNode(), "no wall clock offline");
            JsonNode truth = labels.path("sessions").get(i);
            assertEquals(truth.path("totals").path("reps").asInt(), s.path("totals").path("reps").asInt());
            assertEquals(truth.path("link").path("lostPackets").asLong(), s.path("link").path("lostPackets").asLong());
            assertEquals(truth.path("durationS").asDouble(), s.path("durationS").asDouble(), 0.5);
        }
        assertEquals(2, ids.size(), "session ids are unique");
    }

    @Test
    void tableIsHumanReadable() throws Exception {
        HubProcess.Result r = HubProcess.run(Map.of(), 120, "analyze", "--table", "--stature-cm", "173",
                "--start-level", "T9", sample("sample-109.rlr").toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().startsWith("session "), r.stdout());
        assertTrue(r.stdout().contains("reps 15"), r.stdout());
        assertTrue(r.stdout().contains("shift"), r.stdout());
    }

    @Test
    void missingEmptyAndForeignFilesFailWithOneClearLine(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.rlr"));
        Path foreign = Files.writeString(dir.resolve("notes.rlr"), "just some text\nnot a capture at all\n".repeat(50));
        Path missing = dir.resolve("missing.rlr");
        for (Path p : new Path[] {missing, empty, foreign}) {
            HubProcess.Result r = HubProcess.run(Map.of(), 60, "analyze", p.toString());
            assertNotEquals(0, r.exitCode(), p + ": " + r.stdout());
            assertEquals("", r.stdout());
            String err = r.stderr().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(p.toString()), err);
        }
        assertTrue(HubProcess.run(Map.of(), 60, "analyze", missing.toString()).stderr().contains("no such file"));
        assertTrue(HubProcess.run(Map.of(), 60, "analyze", empty.toString()).stderr().contains("empty"));
        assertTrue(HubProcess.run(Map.of(), 60, "analyze", foreign.toString()).stderr().contains("not a roller capture"));
    }

    @Test
    void aCaptureWithoutASessionSaysSoOnStderrAndExits0(@TempDir Path dir) throws Exception {
        // The first 4 KiB of a sample: its HELLO and a fraction of a second of samples, no session.
        Path head = dir.resolve("head.rlr");
        try (var in = Files.newInputStream(sample("sample-109.rlr"))) {
            Files.write(head, in.readNBytes(4096));
        }
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "analyze", head.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stdout());
        assertEquals("roller-hub analyze: no session found in " + head, r.stderr().strip());
    }

    @Test
    void riderValuesOutOfRangeNameTheOptionAndTheRangeAndExit2() throws Exception {
        String file = sample("sample-109.rlr").toString();
        for (String level : new String[] {"T99", "L3", "x"}) {
            HubProcess.Result r = HubProcess.run(Map.of(), 60, "analyze", "--start-level", level, file);
            assertEquals(2, r.exitCode(), r.stderr());
            assertEquals("", r.stdout());
            assertTrue(r.stderr().contains("--start-level") && r.stderr().contains("'" + level + "'")
                    && r.stderr().contains("T1..T12"), r.stderr());
            assertFalse(r.stderr().contains("Exception"), r.stderr());
        }
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "analyze", "--stature-cm", "20", file);
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--stature-cm") && r.stderr().contains("100..250"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), r.stderr());
    }
}
