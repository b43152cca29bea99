package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Format;
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
        Format format;
        String type;
        switch (file) {
            case "report.pdf" -> { format = Format.PDF; type = "application/pdf"; }
            case "report.csv.zip" -> { format = Format.CSV; type = "application/zip"; }
            case "report.fhir.json" -> { format = Format.FHIR; type = "application/fhir+json"; }
            default -> throw new NotFoundResponse("No such download: " + file + " (report.pdf, report.csv.zip, report.fhir.json)");
        }
        Person person = store.person(personId).orElseThrow(() -> new NotFoundResponse("No person " + personId + "."));
        LocalDate to = LocalDate.now(clock.withZone(person.zone()));
        LocalDate from = to.minusWeeks(weeks).plusDays(1);
        String range = from + ".." + to;
        Path dir = Files.createTempDirectory("roller-web-export");
        try {
            Path out = dir.resolve(file);
            Exports.run(store, new ExportRequest(format, null, personId, from, to, Paper.A4, out), clock, version);
            ctx.contentType(type);
            ctx.header("Content-Disposition", "attachment; filename=\"progress-" + personId + "-" + to + "."
                    + file.substring("report.".length()) + "\"");
            ctx.result(Files.readAllBytes(out));
        } catch (ExportException e) {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("Export failed: " + e.getMessage());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return range;
    }
}
