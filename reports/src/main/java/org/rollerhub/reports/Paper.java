package org.rollerhub.reports;

import java.util.Locale;

/**
 * Page size of a printed report.
 *
 * <p>A4 is 210 × 297 mm, LETTER 8.5 × 11 in (215.9 × 279.4 mm)
 */
public enum Paper {
    A4("A4", 210.0, 297.0),
    LETTER("letter", 215.9, 279.4);

    private final String css;
    private final double widthMm;
    private final double heightMm;

    Paper(String css, double widthMm, double heightMm) {
        this.css = css;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The CSS {@code @page size} keyword. */
    public String css() {
        return css;
    }

    /** Width, mm. */
    public double widthMm() {
        return widthMm;
    }

    /** Height, mm. */
    public double heightMm() {
        return heightMm;
    }

    /** Parses {@code a4} or {@code letter}, case-insensitively; throws ExportException otherwise. */
    public static Paper parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> throw new ExportException("unknown paper '" + text + "': use a4 or letter");
        };
    }
}
