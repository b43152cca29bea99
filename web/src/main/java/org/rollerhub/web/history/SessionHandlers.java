package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Format;
import org.rollerhub.reports.Paper;
import org.rollerhub.reports.html.HtmlReports;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.SessionViews;
import org.rollerhub.store.SessionStore;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.pages.SessionPageView;
import org.rollerhub.web.security.Guard;

/** One session: the reports' session report in the web frame, and its downloads (PDF, CSV, FHIR). */
public final class SessionHandlers {
    private final SessionStore store;
    private final Renderer renderer;
    private final Clock clock;
    private final String hubVersion;

    public SessionHandlers(SessionStore store, Renderer renderer, Clock clock, String hubVersion) {
        this.store = store;
        this.renderer = renderer;
        this.clock = clock;
        this.hubVersion = hubVersion;
    }

    public void page(Context ctx) {
        page(ctx, new Frame("Session", "history", Guard.login(ctx).csrfToken()), find(ctx.pathParam("id")));
    }

    /** Renders session {@code v}'s report in {@code frame} (a clinic checks whose it is first). */
    public void page(Context ctx, Frame frame, SessionView v) {
        renderer.render(ctx, "session", new SessionPageView(frame, HtmlReports.sessionPage(v, Paper.A4)));
    }

    /** {@code /sessions/{id}/report.pdf}, {@code .csv.zip}, {@code .fhir.json}. */
    public void download(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String file = ctx.pathParam("file");
        Format format;
        String type;
        String suffix;
        switch (file) {
            case "report.pdf" -> { format = Format.PDF; type = "application/pdf"; suffix = ".pdf"; }
            case "report.csv.zip" -> { format = Format.CSV; type = "application/zip"; suffix = ".csv.zip"; }
            case "report.fhir.json" -> { format = Format.FHIR; type = "application/fhir+json"; suffix = ".fhir.json"; }
            default -> throw new NotFoundResponse("No such download: " + file + " (report.pdf, report.csv.zip, report.fhir.json)");
        }
        find(id);
        Path dir = Files.createTempDirectory("roller-web-export");
        try {
            Path out = dir.resolve("session" + suffix);
            Exports.run(store, new ExportRequest(format, id, null, null, null, Paper.A4, out), clock, hubVersion);
            ctx.contentType(type);
            ctx.header("Content-Disposition", "attachment; filename=\"session-" + id + suffix + "\"");
            ctx.result(Files.readAllBytes(out));
        } catch (ExportException e) {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("Export failed: " + e.getMessage());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Session {@code id} as the report shows it.
     *
     * @throws NotFoundResponse if there is none
     */
    public SessionView find(String id) {
        try {
            return SessionViews.of(store, id);
        } catch (ExportException e) {
            throw new NotFoundResponse("No session " + id + ".");
        }
    }
}
