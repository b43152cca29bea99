package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.testing.InProcessHub;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;
import org.rollerhub.store.SqliteStore;
import org.rollerhub.store.SummaryReader;

/**
 * {@code roller-hub export} on a history holding one shared sample's sessions: each format written,
 * the one person found without --person; bad usage, unknown ids and unwritable paths exit 2 with a
 * message and leave nothing behind.
 */
class ExportCommandTest {
    @TempDir
    static Path data;
    static String sessionId;

    @BeforeAll
    static void history() throws Exception {
        Path shared = Path.of(System.getProperty("roller.shared.dir", "../../shared"));
        try (JdbcSessionStore store = SqliteStore.open(data.resolve("history.db"));
                InputStream in = Files.newInputStream(shared.resolve("samples/sample-109.rlr"))) {
            store.addPerson(new Person("p1", "Sam Sample", null, null, ZoneId.of("UTC"), Instant.parse("2026-01-01T00:00:00Z")));
            Instant start = Instant.parse("2026-01-05T08:00:00Z");
            for (SessionReport r : CaptureAnalysis.of(in, new AnalyticsSettings(173, Level.T9), null).reports()) {
                store.add(SummaryReader.read(r.json(), "p1", start, null));
                sessionId = r.sessionId();
                start = start.plusSeconds(86_400);
            }
        }
    }

    private static String[] run(String... args) {
        return InProcessHub.run(args);
    }

    @Test
    void writesEachFormat() throws Exception {
        Path pdf = data.resolve("progress.pdf");
        String[] r = run("export", "--format", "pdf", "--data-dir", data.toString(), "--from", "2026-01-01",
                "--to", "2026-01-31", "--paper", "letter", "--out", pdf.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("Wrote pdf"), r[1]);
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(Files.readAllBytes(pdf), 4));

        Path html = data.resolve("session.html");
        r = run("export", "--format", "html", "--session", sessionId, "--data-dir", data.toString(), "--out", html.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.readString(html).contains("Sam Sample"));
        assertTrue(Files.readString(html).contains("<svg"));

        Path zip = data.resolve("rows.zip");
        r = run("export", "--format", "csv", "--person", "p1", "--data-dir", data.toString(), "--out", zip.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.size(zip) > 0);

        Path fhir = data.resolve("bundle.json");
        r = run("export", "--format", "fhir", "--data-dir", data.toString(), "--out", fhir.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(Files.readString(fhir).contains("\"resourceType\": \"Bundle\""));
    }

    @Test
    void badRequestsExitTwoWithAMessageAndLeaveNothing() throws Exception {
        Path out = data.resolve("bad.pdf");
        String[] r = run("export", "--format", "docx", "--data-dir", data.toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("unknown format 'docx'"), r[2]);

        r = run("export", "--format", "pdf", "--session", "nope", "--data-dir", data.toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no session nope"), r[2]);

        r = run("export", "--format", "pdf", "--person", "ghost", "--data-dir", data.toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no person 'ghost'"), r[2]);

        r = run("export", "--format", "pdf", "--from", "March", "--data-dir", data.toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("not a date"), r[2]);

        r = run("export", "--format", "pdf", "--data-dir", data.resolve("elsewhere").toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("no session history"), r[2]);

        Path missing = data.resolve("no-such-folder").resolve("x.pdf");
        r = run("export", "--format", "pdf", "--data-dir", data.toString(), "--out", missing.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("does not exist"), r[2]);
        assertFalse(Files.exists(out));

        Path locked = Files.createDirectory(data.resolve("locked"));
        locked.toFile().setWritable(false);
        try {
            r = run("export", "--format", "fhir", "--data-dir", data.toString(), "--out", locked.resolve("b.json").toString());
            if (!locked.toFile().canWrite()) { // root may write anyway
                assertEquals("2", r[0]);
                assertTrue(r[2].contains("not writable"), r[2]);
            }
        } finally {
            locked.toFile().setWritable(true);
        }
        try (Stream<Path> left = Files.list(data)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }
}
