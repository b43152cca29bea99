package org.rollerhub.web.pages;

import org.rollerhub.reports.html.SessionPage;

/** The session page: the reports' session page record (view and SVG charts) inside the web frame. */
public record SessionPageView(Frame frame, SessionPage page) {
}
