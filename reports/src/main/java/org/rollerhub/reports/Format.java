package org.rollerhub.reports;

import java.util.Locale;

/** What an export writes. */
public enum Format {
    /** A printable report as PDF (fonts embedded). */
    PDF,
    /** The same report as one self-contained HTML page with inline SVG. */
    HTML,
    /** sessions.csv, reps.csv and shifts.csv, in a folder or a .zip. */
    CSV,
    /** A FHIR R4 Bundle as JSON. */
    FHIR;

    /** Parses {@code pdf}, {@code html}, {@code csv} or {@code fhir}; throws ExportException otherwise. */
    public static Format parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExportException("unknown format '" + text + "': use pdf, html, csv or fhir");
        }
    }
}
