package org.rollerhub.web.pages;

import java.util.List;

/** The admin's audit page: the newest lines of the audit log, newest first; times in the server's zone. */
public record AuditView(Frame frame, List<Row> rows, int limit) {

    public record Row(String when, String username, String action, String personId, String detail) {
    }
}
