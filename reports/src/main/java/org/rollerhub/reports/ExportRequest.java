package org.rollerhub.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to export and where.
 *
 * @param format what to write
 * @param sessionId one session (its report, or its rows); null for a person's range
 * @param personId whose sessions; null: the store's only person
 * @param from first local day (inclusive); null: the person's first session or first day
 * @param to last local day (inclusive); null: today in the person's zone
 * @param paper page size of pdf and html
 * @param out the file (pdf, html, fhir, csv ending in .zip) or the new folder (csv)
 */
public record ExportRequest(Format format, String sessionId, String personId, LocalDate from, LocalDate to,
        Paper paper, Path out) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(out, "out");
        if (sessionId != null && (personId != null || from != null || to != null)) {
            throw new ExportException("give either --session or --person/--from/--to, not both");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ExportException("--to " + to + " is before --from " + from);
        }
    }

    /** Whether CSV goes into one zip file rather than a folder. */
    public boolean zip() {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }
}
