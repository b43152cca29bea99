package org.rollerhub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;

/**
 * The PDF reports of the shared samples, read back with PDFBox: the person, the levels and the
 * totals are in the text, every font is embedded, the page size is the one asked for. Every
 * page of each is kept as a PNG in target/report-artifacts/ for a person to look at.
 */
class PdfReportTest {
    static final Path ARTIFACTS = Path.of("target", "report-artifacts");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path dir;
    static JdbcSessionStore store;
    static Person person;
    static List<SessionView> sessions;

    @BeforeAll
    static void fill() throws IOException {
        store = SampleStore.create(dir);
        person = store.person(SampleStore.PERSON).orElseThrow();
        sessions = Exports.sessionViews(store, person, null, null);
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void sessionReportShowsPersonLevelsAndTotals() throws IOException {
        SessionView busiest = sessions.stream().max((a, b) -> Integer.compare(a.totals().reps(), b.totals().reps())).orElseThrow();
        Path pdf = ARTIFACTS.resolve("session-a4.pdf");
        Exports.run(store, new ExportRequest(Format.PDF, busiest.sessionId(), null, null, null, Paper.A4, pdf), CLOCK, "test");
        String text = read(pdf, PDRectangle.A4, "session-a4");
        assertTrue(text.contains(SampleStore.NAME), "person's name");
        assertTrue(text.contains(SampleStore.PERSON), "person's id");
        for (var r : busiest.reps()) {
            assertTrue(text.contains(r.level().name()), "level " + r.level());
        }
        var t = busiest.totals();
        assertTrue(text.contains("Reps " + t.reps()), "reps total in: " + text.substring(0, 600));
        assertTrue(text.contains("Held reps " + t.holds()), "held reps total");
        assertTrue(text.contains("Compensations " + t.compensations()), "compensations total");
        assertTrue(text.contains("Shifts " + t.shifts()), "shifts total");
        long repRows = text.lines().filter(l -> l.matches("\\d+ (C|T\\d+|L) \\d+:\\d+\\.\\d .*")).count();
        assertEquals(t.reps(), repRows, "one row per rep");
    }

    @Test
    void progressReportOnLetterShowsLevelsCoveredAndTotals() throws IOException {
        Path pdf = ARTIFACTS.resolve("progress-letter.pdf");
        Exports.Result r = Exports.run(store, new ExportRequest(Format.PDF, null, null, null,
                LocalDate.of(2026, 3, 15), Paper.LETTER, pdf), CLOCK, "test");
        assertEquals(sessions.size(), r.sessions());
        String text = read(pdf, PDRectangle.LETTER, "progress-letter");
        assertTrue(text.contains(SampleStore.NAME));
        int reps = sessions.stream().mapToInt(s -> s.totals().reps()).sum();
        assertTrue(text.contains("Sessions " + sessions.size()), "sessions total");
        assertTrue(text.contains("Reps " + reps), "reps total " + reps);
        List<String> covered = new ArrayList<>();
        sessions.forEach(s -> s.levels().stream().filter(l -> l.level().thoracic() && l.reps() > 0)
                .forEach(l -> covered.add(l.level().name())));
        assertTrue(text.contains("Covered: " + String.join(", ", covered.stream().distinct()
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)))).toList())),
                "levels covered");
    }

    /** The PDF's text; checks fonts and page size and keeps each page as a PNG. */
    static String read(Path pdf, PDRectangle size, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1);
            for (PDPage page : doc.getPages()) {
                assertEquals(size.getWidth(), page.getMediaBox().getWidth(), 1.0, "page width, pt");
                assertEquals(size.getHeight(), page.getMediaBox().getHeight(), 1.0, "page height, pt");
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(fontName);
                    assertTrue(f.isEmbedded(), "font " + f.getName() + " is embedded");
                }
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                ImageIO.write(image, "png", ARTIFACTS.resolve(name + "-page" + (i + 1) + ".png").toFile());
            }
            return new PDFTextStripper().getText(doc);
        }
    }
}
