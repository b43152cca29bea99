package org.rollerhub.store.clinic;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when, about which patient.
 *
 * @param at when
 * @param username the account (or the name typed, for a failed login)
 * @param action what: {@code export}, {@code refused}, {@code login-failed}, {@code account-added},
 *     {@code patient-assigned}, ... (at most 32 characters)
 * @param personId the patient concerned, or null
 * @param detail what exactly, e.g. {@code session 0011-3 report.pdf} (cut to 400 characters)
 */
public record AuditEntry(Instant at, String username, String action, String personId, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        username = cut(username, 64);
        action = cut(action, 32);
        detail = cut(detail == null ? "" : detail, 400);
        personId = personId == null ? null : cut(personId, 64);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }
}
