package org.rollerhub.web.history;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rollerhub.reports.ExportException;
import org.rollerhub.reports.Exports;
import org.rollerhub.reports.Paper;
import org.rollerhub.reports.html.HtmlReports;
import org.rollerhub.reports.model.ProgressView;
import org.rollerhub.reports.model.ProgressViews;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.ProgressPageView;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;

/** A person's progress: the reports' adherence calendar, streaks and weekly trends, over the last weeks. */
public final class ProgressHandlers {
    static final int DEFAULT_WEEKS = 12;

    private final SessionStore store;
    private final Renderer renderer;
    private final Clock clock;

    public ProgressHandlers(SessionStore store, Renderer renderer, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.clock = clock;
    }

    public void page(Context ctx) {
        renderer.render(ctx, "progress", view(ctx.queryParam("person"), weeks(ctx), Guard.login(ctx).csrfToken()));
    }

    /** The page's view (for the page and for the benchmark). */
    public ProgressPageView view(String personId, int weeks, String csrf) {
        return view(new Frame("Progress", "progress", csrf), store.people(), personId, weeks);
    }

    /** The weeks asked for by the query string ({@code weeks}, 1..104), else {@value #DEFAULT_WEEKS}. */
    public static int weeks(Context ctx) {
        String w = ctx.queryParam("weeks");
        if (w != null && w.matches("\\d{1,3}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 104) {
            return Integer.parseInt(w);
        }
        return DEFAULT_WEEKS;
    }

    /**
     * The page's view in {@code frame}, choosing among {@code people} (a clinic passes the patients
     * its user may see and has checked {@code personId} is one of them).
     */
    public ProgressPageView view(Frame frame, List<Person> people, String personId, int weeks) {
        Person person;
        try {
            person = Exports.person(store, personId == null || personId.isBlank() ? null : personId);
        } catch (ExportException e) {
            return new ProgressPageView(frame, people, personId, weeks, null,
                    people.isEmpty() ? "No sessions yet." : "Choose whose progress to show.");
        }
        LocalDate to = LocalDate.now(clock.withZone(person.zone()));
        LocalDate from = to.minusWeeks(weeks).plusDays(1);
        List<StoredSession> sessions = store.sessions(person.personId(), ProgressViews.startOf(person, ProgressViews.firstDay(from)),
                ProgressViews.startOf(person, to.plusDays(1)), 0, false);
        ProgressView v = ProgressViews.of(person, sessions, store.plans(person.personId()), from, to);
        return new ProgressPageView(frame, people, person.personId(), weeks, HtmlReports.progressPage(v, Paper.A4), null);
    }
}
