package org.rollerhub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.reports.html.HtmlReports;
import org.rollerhub.reports.model.ProgressViews;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.SessionViews;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.Person;
import org.w3c.dom.Document;

/**
 * The HTML pages are well-formed XHTML (the PDF path and the web UI both parse them), carry their
 * charts as inline SVG, and use no colour: every fill and stroke is a grey, a pattern or none, so
 * a black-and-white print loses nothing.
 */
class HtmlReportTest {
    private static final Pattern PAINT = Pattern.compile("(?:fill|stroke)=\"([^\"]*)\"");
    @TempDir
    static Path dir;
    static JdbcSessionStore store;
    static Person person;

    @BeforeAll
    static void fill() throws IOException {
        store = SampleStore.create(dir);
        person = store.person(SampleStore.PERSON).orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void sessionPageIsXhtmlWithTwoGreyCharts() throws Exception {
        SessionView v = SessionViews.of(store, Exports.sessionViews(store, person, null, null).get(0).sessionId());
        assertTrue(v.trace() != null, "the samples are kept with their traces");
        String html = HtmlReports.session(v, Paper.A4);
        assertEquals(2, parse(html).getElementsByTagName("svg").getLength());
        assertGrey(html);
        assertTrue(html.contains("size: A4"), "page size for printing");
    }

    @Test
    void progressPageIsXhtmlWithSixGreyCharts() throws Exception {
        var all = store.sessions(person.personId(), null, null, 0);
        String html = HtmlReports.progress(ProgressViews.of(person, all, store.plans(person.personId()),
                SampleStore.FIRST_DAY, LocalDate.of(2026, 4, 30)), Paper.LETTER);
        assertEquals(6, parse(html).getElementsByTagName("svg").getLength());
        assertGrey(html);
        assertTrue(html.contains("size: letter"));
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertGrey(String html) {
        Matcher m = PAINT.matcher(html);
        int n = 0;
        while (m.find()) {
            String c = m.group(1);
            n++;
            boolean grey = c.equals("none") || c.startsWith("url(#")
                    || c.matches("#([0-9a-f]{2})\\1\\1") || c.matches("#([0-9a-f])\\1\\1");
            assertTrue(grey, "not a grey: " + c);
        }
        assertTrue(n > 50, "charts have paint: " + n);
        for (String colour : List.of("red", "green", "blue", "orange")) {
            assertTrue(!html.contains("\"" + colour + "\""), colour);
        }
    }
}
