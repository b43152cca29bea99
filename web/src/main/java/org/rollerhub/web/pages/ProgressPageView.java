package org.rollerhub.web.pages;

import java.util.List;
import org.rollerhub.reports.html.ProgressPage;
import org.rollerhub.store.Person;

/** The progress page: whose, over how many weeks, and the reports' progress page record (or null with a message). */
public record ProgressPageView(Frame frame, List<Person> people, String personId, int weeks, ProgressPage page,
        String message) {
}
