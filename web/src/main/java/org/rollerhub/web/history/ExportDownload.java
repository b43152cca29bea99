package org.rollerhub.web.history;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.ExportRequest;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Format;
import org.rollerhub.store.SessionStore;

/**
 * A download of the web UI made by the reports module's exports, as the {@code export} command
 * makes them: written to a private temporary folder, sent, and deleted.
 */
final class ExportDownload {
    /** What a download's file name asks for: the format, its content type, the file name's ending. */
    record Kind(Format format, String type, String suffix) {
        /** {@code report.pdf}, {@code report.csv.zip} or {@code report.fhir.json}; others are not found. */
        static Kind of(String file) {
            return switch (file) {
                case "report.pdf" -> new Kind(Format.PDF, "application/pdf", ".pdf");
                case "report.csv.zip" -> new Kind(Format.CSV, "application/zip", ".csv.zip");
                case "report.fhir.json" -> new Kind(Format.FHIR, "application/fhir+json", ".fhir.json");
                default -> throw new NotFoundResponse(
                        "No such download: " + file + " (report.pdf, report.csv.zip, report.fhir.json)");
            };
        }
    }

    private ExportDownload() {
    }

    /**
     * Answers {@code ctx} with the export {@code request} makes (given the file to write), named
     * {@code name + kind.suffix()} in the browser; an export that fails is a 500 with its message.
     */
    static void send(Context ctx, Kind kind, String name, Function<Path, ExportRequest> request, SessionStore store,
            Clock clock, String version) throws IOException {
        Path dir = Files.createTempDirectory("roller-web-export");
        try {
            Path out = dir.resolve("export" + kind.suffix());
            Exports.run(store, request.apply(out), clock, version);
            ctx.contentType(kind.type());
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + kind.suffix() + "\"");
            ctx.result(Files.readAllBytes(out));
        } catch (ExportException e) {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("Export failed: " + e.getMessage());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
