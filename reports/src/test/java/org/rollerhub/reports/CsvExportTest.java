package org.rollerhub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.reports.csv.CsvColumns;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.store.JdbcSessionStore;

/** The CSV export of the shared samples parsed back with Commons CSV: the rows add up to the summaries. */
class CsvExportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static JdbcSessionStore store;
    static List<SessionView> sessions;

    @BeforeAll
    static void fill() throws IOException {
        store = SampleStore.create(dir);
        sessions = Exports.sessionViews(store, store.person(SampleStore.PERSON).orElseThrow(), null, null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void folderRowsAddUpToTheSummaries() throws IOException {
        Path out = dir.resolve("export");
        Exports.run(store, new ExportRequest(Format.CSV, null, null, null, null, Paper.A4, out), CLOCK, "test");
        check(read(Files.newBufferedReader(out.resolve("sessions.csv"), StandardCharsets.UTF_8), CsvColumns.SESSIONS),
                read(Files.newBufferedReader(out.resolve("reps.csv"), StandardCharsets.UTF_8), CsvColumns.REPS),
                read(Files.newBufferedReader(out.resolve("shifts.csv"), StandardCharsets.UTF_8), CsvColumns.SHIFTS));
        String raw = Files.readString(out.resolve("sessions.csv"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\r\n"), "RFC 4180 line ends");
        assertFalse(raw.startsWith("\uFEFF"), "no byte order mark");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".export")), "no temporary left");
        }
    }

    @Test
    void zipHoldsTheSameThreeFiles() throws IOException {
        Path out = dir.resolve("export.zip");
        Exports.run(store, new ExportRequest(Format.CSV, null, SampleStore.PERSON, null, null, Paper.A4, out), CLOCK, "test");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            check(read(new InputStreamReader(zip.getInputStream(zip.getEntry("sessions.csv")), StandardCharsets.UTF_8), CsvColumns.SESSIONS),
                    read(new InputStreamReader(zip.getInputStream(zip.getEntry("reps.csv")), StandardCharsets.UTF_8), CsvColumns.REPS),
                    read(new InputStreamReader(zip.getInputStream(zip.getEntry("shifts.csv")), StandardCharsets.UTF_8), CsvColumns.SHIFTS));
        }
    }

    @Test
    void aFolderWithFilesIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        ExportException e = assertThrows(ExportException.class, () -> Exports.run(store,
                new ExportRequest(Format.CSV, null, null, null, null, Paper.A4, out), CLOCK, "test"));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    private static void check(List<CSVRecord> s, List<CSVRecord> reps, List<CSVRecord> shifts) {
        assertEquals(sessions.size(), s.size());
        Map<String, Integer> repRows = new HashMap<>();
        Map<String, Integer> heldRows = new HashMap<>();
        Map<String, Integer> compRows = new HashMap<>();
        Map<String, Double> holdS = new HashMap<>();
        for (CSVRecord r : reps) {
            String id = r.get("session_id");
            repRows.merge(id, 1, Integer::sum);
            heldRows.merge(id, Boolean.parseBoolean(r.get("held")) ? 1 : 0, Integer::sum);
            compRows.merge(id, Boolean.parseBoolean(r.get("compensated")) ? 1 : 0, Integer::sum);
            holdS.merge(id, Double.parseDouble(r.get("hold_s")), Double::sum);
            OffsetDateTime.parse(r.get("started_at"));
        }
        Map<String, Integer> shiftRows = new HashMap<>();
        for (CSVRecord r : shifts) {
            shiftRows.merge(r.get("session_id"), 1, Integer::sum);
            Double.parseDouble(r.get("distance_cm"));
        }
        for (int i = 0; i < s.size(); i++) {
            CSVRecord row = s.get(i);
            SessionView v = sessions.get(i);
            String id = row.get("session_id");
            assertEquals(v.sessionId(), id);
            assertEquals(v.totals().reps(), Integer.parseInt(row.get("reps")));
            assertEquals(v.totals().reps(), repRows.getOrDefault(id, 0), "reps.csv rows of " + id);
            assertEquals(v.totals().holds(), heldRows.getOrDefault(id, 0), "held rows of " + id);
            assertEquals(v.totals().holds(), Integer.parseInt(row.get("held_reps")));
            assertEquals(v.totals().compensations(), compRows.getOrDefault(id, 0), "compensated rows of " + id);
            assertEquals(v.totals().shifts(), shiftRows.getOrDefault(id, 0), "shifts.csv rows of " + id);
            assertEquals(v.totals().holdS(), holdS.getOrDefault(id, 0.0), 0.01 * Math.max(1, v.totals().reps()));
            assertEquals(v.totals().seconds(), Double.parseDouble(row.get("duration_s")), 0.001);
            assertEquals(v.startedAt().toOffsetDateTime(), OffsetDateTime.parse(row.get("started_at")));
        }
    }

    private static List<CSVRecord> read(Reader in, List<String> columns) throws IOException {
        try (in) {
            var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            assertEquals(columns, parsed.getHeaderNames());
            return parsed.getRecords();
        }
    }
}
