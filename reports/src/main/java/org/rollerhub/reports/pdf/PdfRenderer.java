package org.rollerhub.reports.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.rollerhub.reports.io.AtomicOutput;

/**
 * Turns a report's XHTML (from {@link org.rollerhub.reports.html.HtmlReports}) into PDF with
 * openhtmltopdf, inline SVG drawn as vectors by Batik. The page size comes from the page's own
 * {@code @page} rule. Every font is embedded: the text font is Liberation Sans, shipped inside
 * PDFBox's jar, registered as "Report Sans" (the family the templates ask for), so the PDF looks the
 * same on every machine and no PDF base font is used.
 */
public final class PdfRenderer {
    /** The font file inside the pdfbox artifact. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FAMILY = "Report Sans";

    static {
        // openhtmltopdf logs every step at INFO; a command line wants its warnings only.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private PdfRenderer() {
    }

    /** Renders {@code html} to {@code out} (left open). */
    public static void render(String html, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        for (int weight : new int[] {400, 700}) {
            b.useFont(PdfRenderer::font, FAMILY, weight, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(PdfRenderer::font, FAMILY, weight, PdfRendererBuilder.FontStyle.ITALIC, true);
        }
        b.useFont(PdfRenderer::font, "sans-serif");
        b.useSVGDrawer(new BatikSVGDrawer());
        b.withHtmlContent(html, null);
        b.toStream(out);
        b.run();
    }

    /** Renders {@code html} to the file {@code target} atomically (see {@link AtomicOutput#writeFile}). */
    public static void write(String html, Path target) {
        AtomicOutput.writeFile(target, out -> render(html, out));
    }

    private static InputStream font() {
        InputStream in = PdfRenderer.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font " + FONT + " missing from the class path (pdfbox jar)"));
        }
        return in;
    }
}
