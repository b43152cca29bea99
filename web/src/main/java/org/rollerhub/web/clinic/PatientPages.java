package org.rollerhub.web.clinic;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.web.history.HistoryHandlers;
import org.rollerhub.web.history.ProgressDownloads;
import org.rollerhub.web.history.ProgressHandlers;
import org.rollerhub.web.history.SessionHandlers;
import org.rollerhub.web.pages.Renderer;

/**
 * One patient's pages in the clinic: the hub's history, session report and progress pages and
 * their downloads, each behind a check that the account may see the patient (else the 403 page and
 * an audit line), the choice of person narrowed to the account's patients, and every download
 * written to the audit log (who, when, which patient, what).
 */
public final class PatientPages {
    private final ClinicAccess access;
    private final HistoryHandlers history;
    private final SessionHandlers session;
    private final ProgressHandlers progress;
    private final ProgressDownloads progressDownloads;
    private final Renderer renderer;

    public PatientPages(ClinicAccess access, HistoryHandlers history, SessionHandlers session, ProgressHandlers progress,
            ProgressDownloads progressDownloads, Renderer renderer) {
        this.access = access;
        this.history = history;
        this.session = session;
        this.progress = progress;
        this.progressDownloads = progressDownloads;
        this.renderer = renderer;
    }

    /** {@code /history?person=ID&from=&to=}; without a person, back to the patient list. */
    public void history(Context ctx) {
        String person = person(ctx);
        if (person == null) {
            ctx.redirect("/patients", HttpStatus.SEE_OTHER);
        } else if (access.maySee(ctx, person)) {
            renderer.render(ctx, "history", history.view(access.frame(ctx, "History", "patients"), access.people(ctx),
                    person, ctx.queryParam("from"), ctx.queryParam("to")));
        }
    }

    /** {@code /progress?person=ID&weeks=N}; without a person, back to the patient list. */
    public void progress(Context ctx) {
        String person = person(ctx);
        if (person == null) {
            ctx.redirect("/patients", HttpStatus.SEE_OTHER);
        } else if (access.maySee(ctx, person)) {
            renderer.render(ctx, "progress", progress.view(access.frame(ctx, "Progress", "patients"), access.people(ctx),
                    person, ProgressHandlers.weeks(ctx)));
        }
    }

    /** {@code /sessions/{id}}. */
    public void session(Context ctx) {
        SessionView v = find(ctx);
        if (v != null && access.maySee(ctx, v.person().personId())) {
            session.page(ctx, access.frame(ctx, "Session", "patients"), v);
        }
    }

    /** {@code /sessions/{id}/report.pdf}, {@code .csv.zip}, {@code .fhir.json}: audited as {@code export}. */
    public void sessionDownload(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        SessionView v = find(ctx);
        String person = v == null ? null : v.person().personId();
        if (v != null && access.maySee(ctx, person)) {
            session.download(ctx);
            if (ctx.status() == HttpStatus.OK) {
                access.audit(ctx, "export", person, "session " + id + " " + ctx.pathParam("file"));
            }
        }
    }

    /** {@code /progress/report.pdf?person=ID&weeks=N}, {@code .csv.zip}, {@code .fhir.json}: audited as {@code export}. */
    public void progressDownload(Context ctx) throws IOException {
        String person = person(ctx);
        if (access.maySee(ctx, person)) {
            String range = progressDownloads.download(ctx, person, ProgressHandlers.weeks(ctx));
            if (ctx.status() == HttpStatus.OK) {
                access.audit(ctx, "export", person, "progress " + range + " " + ctx.pathParam("file"));
            }
        }
    }

    /**
     * The session the path names; null when the answer is already given. An id that is not there
     * is 404 for an admin and, for a physio, the same refusal as another physio's session, so that
     * a physio cannot learn which ids exist.
     */
    private SessionView find(Context ctx) {
        try {
            return session.find(ctx.pathParam("id"));
        } catch (NotFoundResponse e) {
            if (ClinicAccess.account(ctx).admin()) {
                throw e;
            }
            access.maySee(ctx, null); // refuses, and audits what was asked for
            return null;
        }
    }

    private static String person(Context ctx) {
        String p = ctx.queryParam("person");
        return p == null || p.isBlank() ? null : p.strip();
    }
}
