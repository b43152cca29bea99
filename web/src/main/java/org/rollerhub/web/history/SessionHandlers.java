package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.ExportRequest;
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
        ExportDownload.Kind kind = ExportDownload.Kind.of(ctx.pathParam("file"));
        find(id);
        ExportDownload.send(ctx, kind, "session-" + id,
                out -> new ExportRequest(kind.format(), id, null, null, null, Paper.A4, out), store, clock, hubVersion);
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
