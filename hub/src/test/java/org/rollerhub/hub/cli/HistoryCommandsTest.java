package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.InProcessHub;

/**
 * The history commands as a user runs them, on a real SQLite file: analyze --store (twice adds
 * nothing, prints what analyze prints), history (table and --json), people and plans, progress,
 * and exit 2 with a clear message for a bad option, an unknown person or a file that is not ours.
 */
class HistoryCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLES = Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples");

    @TempDir
    Path data;

    private static String[] run(String... args) {
        return InProcessHub.run(args);
    }

    private String dir() {
        return data.toString();
    }

    @Test
    void analyzeStoreKeepsEachSessionOnceAndHistoryPrintsThemAsPublished() throws Exception {
        String a = SAMPLES.resolve("sample-109.rlr").toString();
        String b = SAMPLES.resolve("sample-112.rlr").toString();
        String[] plain = run("analyze", a, b);
        String[] stored = run("analyze", "--store=" + dir(), a, b);
        assertEquals("0", stored[0], stored[2]);
        assertEquals(plain[1], stored[1], "--store prints what analyze prints");
        run("analyze", "--store=" + dir(), a);
        String[] history = run("history", "--data-dir", dir(), "--json");
        assertEquals("0", history[0], history[2]);
        List<String> lines = Arrays.asList(history[1].split("\n"));
        assertEquals(2, lines.size(), "the same capture twice adds nothing: " + history[1]);
        List<String> printed = Arrays.asList(plain[1].split("\n"));
        assertTrue(printed.containsAll(lines) && lines.containsAll(printed), "one summary per line, as analyze prints it");
        String[] table = run("history", "--data-dir", dir());
        assertTrue(table[1].contains("2 session(s)") && table[1].contains("default"), table[1]);
    }

    @Test
    void peoplePlansAndProgress() throws Exception {
        assertEquals("0", run("person", "add", "anna", "--name", "Anna", "--zone", "Europe/Berlin", "--stature-cm", "173",
                "--start-level", "T9", "--data-dir", dir())[0]);
        assertEquals("0", run("person", "use", "anna", "--data-dir", dir())[0]);
        String[] plan = run("plan", "set", "--person", "anna", "--from", "2026-01-05", "--days-per-week", "3",
                "--min-seconds", "90", "--levels", "T5-T9", "--held-reps", "2", "--data-dir", dir());
        assertEquals("0", plan[0], plan[2]);
        assertEquals("0", run("analyze", "--store=" + dir(), "--stature-cm", "173", "--start-level", "T9",
                SAMPLES.resolve("sample-109.rlr").toString())[0]);
        String[] history = run("history", "--data-dir", dir(), "--person", "anna", "--json");
        assertEquals(1, history[1].split("\n").length, history[1] + history[2]);
        String[] progress = run("progress", "--data-dir", dir(), "--person", "anna", "--weeks", "3", "--json");
        assertEquals("0", progress[0], progress[2]);
        JsonNode p = MAPPER.readTree(progress[1]);
        assertEquals("anna", p.path("personId").asText());
        assertEquals("Europe/Berlin", p.path("zone").asText());
        assertEquals(3, p.path("weeks").size());
        assertEquals(1, p.path("daysWithSession").asInt());
        JsonNode week = p.path("weeks").get(2);
        assertEquals(1, week.path("totals").path("sessions").asInt(), week.toString());
        assertEquals(5, week.path("levelsPlanned").size(), "T5..T9 from the plan in force");
        String[] list = run("person", "list", "--data-dir", dir());
        assertTrue(list[1].contains("plan from 2026-01-05: 3 days a week, at least 90 s a day, T5 to T9"), list[1]);
        String[] listJson = run("person", "list", "--data-dir", dir(), "--json");
        JsonNode anna = MAPPER.readTree(listJson[1].lines().filter(l -> l.contains("\"anna\"")).findFirst().orElseThrow());
        assertEquals(173.0, anna.path("statureCm").asDouble());
        assertEquals("T5", anna.path("plans").get(0).path("levelFrom").asText());
        String[] tableOut = run("progress", "--data-dir", dir(), "--person", "anna");
        assertTrue(tableOut[1].contains("adherence"), tableOut[1]);
    }

    @Test
    void badOptionsUnknownPeopleAndForeignFilesAreExit2() throws Exception {
        run("person", "add", "anna", "--data-dir", dir());
        String[] r = run("progress", "--data-dir", dir(), "--person", "zed");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown person 'zed'") && r[2].contains("anna"), r[2]);
        r = run("history", "--data-dir", dir(), "--from", "yesterday");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--from"), r[2]);
        r = run("progress", "--data-dir", dir(), "--weeks", "0");
        assertEquals("2", r[0]);
        r = run("plan", "set", "--data-dir", dir(), "--levels", "T9-T4");
        assertEquals("2", r[0]);
        r = run("person", "add", "anna", "--data-dir", dir());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("already exists"), r[2]);

        Path other = data.resolve("other");
        Files.createDirectories(other);
        byte[] notes = "my notes, not a database\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(other.resolve("history.db"), notes);
        for (String[] cmd : List.of(new String[] {"history"}, new String[] {"progress"}, new String[] {"person", "list"})) {
            String[] args = Arrays.copyOf(cmd, cmd.length + 2);
            args[cmd.length] = "--data-dir";
            args[cmd.length + 1] = other.toString();
            r = run(args);
            assertEquals("2", r[0], String.join(" ", cmd));
            assertTrue(r[2].contains(other.resolve("history.db").toString()) && r[2].contains("not a roller-hub database"),
                    r[2]);
        }
        assertArrayEquals(notes, Files.readAllBytes(other.resolve("history.db")), "nothing overwritten");
    }

    @Test
    void theHubRefusesToStartOnAHistoryFileThatIsNotOursAndLeavesItAlone() throws Exception {
        byte[] notes = "my notes, not a database\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        Files.write(data.resolve("history.db"), notes);
        String[] r = run("run", "--file", SAMPLES.resolve("sample-109.rlr").toString(), "--data-dir", dir(),
                "--broker", "tcp://127.0.0.1:1");
        assertEquals("1", r[0], r[2]);
        assertTrue(r[2].contains(data.resolve("history.db").toString()) && r[2].contains("not a roller-hub database"), r[2]);
        assertArrayEquals(notes, Files.readAllBytes(data.resolve("history.db")));
    }

    @Test
    void historyImportReanalysesRetainedCapturesOnce() throws Exception {
        Path captures = data.resolve("captures");
        Files.createDirectories(captures);
        Files.copy(SAMPLES.resolve("sample-109.rlr"), captures.resolve("a.rlr"));
        Files.copy(SAMPLES.resolve("sample-112.rlr"), captures.resolve("b.rlr"));
        String[] first = run("history", "import", "--data-dir", dir());
        assertEquals("0", first[0], first[2]);
        assertTrue(first[1].contains("2 capture(s), 2 session(s), 2 new"), first[1]);
        String[] again = run("history", "import", "--data-dir", dir());
        assertTrue(again[1].contains("0 new"), again[1]);
    }
}
