package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Paper;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;

/**
 * A person's progress over the weeks the progress page shows, as a download: {@code report.pdf}
 * (the progress report), {@code report.csv.zip} and {@code report.fhir.json} (the sessions of those
 * weeks), made by the reports module's exports as the {@code export} command makes them.
 */
public final class ProgressDownloads {
    private final SessionStore store;
    private final Clock clock;
    private final String version;

    public ProgressDownloads(SessionStore store, Clock clock, String version) {
        this.store = store;
        this.clock = clock;
        this.version = version;
    }

    /**
     * Answers {@code ctx} (path parameter {@code file}) with {@code personId}'s last {@code weeks} weeks.
     *
     * @return the range of local days exported, e.g. {@code 2026-01-01..2026-03-25}
     * @throws NotFoundResponse for an unknown file name or person
     */
    public String download(Context ctx, String personId, int weeks) throws IOException {
        String file = ctx.pathParam("file");
        ExportDownload.Kind kind = ExportDownload.Kind.of(file);
        Person person = store.person(personId).orElseThrow(() -> new NotFoundResponse("No person " + personId + "."));
        LocalDate to = LocalDate.now(clock.withZone(person.zone()));
        LocalDate from = to.minusWeeks(weeks).plusDays(1);
        ExportDownload.send(ctx, kind, "progress-" + personId + "-" + to,
                out -> new ExportRequest(kind.format(), null, personId, from, to, Paper.A4, out), store, clock, version);
        return from + ".." + to;
    }
}
