package org.rollerhub.web.pages;

import java.util.List;

/**
 * The clinic's patient list: one row per patient the account sees, the most flagged first (or by
 * name), with the flags as badges.
 *
 * @param byName whether sorted by name rather than flagged first
 * @param flagged how many patients have at least one flag
 */
public record PatientListView(Frame frame, List<Row> patients, boolean byName, int flagged, String settings) {

    /**
     * One patient.
     *
     * @param lastSession when their newest session started, in their zone, or "never"
     * @param adherence the last full week's plan days, e.g. "80 %", or "–"
     * @param compensation compensations per rep, last 7 days against the 7 before, e.g. "0.35 (0.20)"
     * @param hub the hub's state in words
     * @param flags the raised flags
     */
    public record Row(String personId, String name, String lastSession, String adherence, String compensation,
            String hub, List<Flag> flags) {
    }

    /** A raised flag: {@code key} for scripts and tests ({@code no-session}, {@code adherence}, {@code compensation}, {@code hub-offline}), and its words. */
    public record Flag(String key, String label) {
    }
}
