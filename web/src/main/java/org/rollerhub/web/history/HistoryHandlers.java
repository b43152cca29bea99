package org.rollerhub.web.history;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.HistoryView;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;

/** The history page: sessions per person, filtered by local days, newest first. */
public final class HistoryHandlers {
    /** Rows on one page; the filter narrows the rest. */
    static final int PAGE_ROWS = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SessionStore store;
    private final Renderer renderer;

    public HistoryHandlers(SessionStore store, Renderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    public void page(Context ctx) {
        renderer.render(ctx, "history", view(ctx.queryParam("person"), ctx.queryParam("from"), ctx.queryParam("to"),
                Guard.login(ctx).csrfToken()));
    }

    /** The page's view (for the page and for the benchmark). */
    public HistoryView view(String person, String from, String to, String csrf) {
        return view(new Frame("History", "history", csrf), store.people(), person, from, to);
    }

    /**
     * The page's view in {@code frame}, choosing among {@code people} (a clinic passes the patients
     * its user may see and has checked {@code person} is one of them; without a person, everyone's
     * sessions are listed, so a clinic always names one).
     */
    public HistoryView view(Frame frame, List<Person> people, String person, String from, String to) {
        HistoryQuery q = HistoryQuery.parse(person, from, to);
        Map<String, Person> byId = people.stream().collect(Collectors.toMap(Person::personId, Function.identity()));
        if (q.error() != null) {
            return new HistoryView(frame, people, q.personId(), text(from), text(to), q.error(), List.of(), false);
        }
        ZoneId zone = q.personId() != null && byId.containsKey(q.personId()) ? byId.get(q.personId()).zone()
                : ZoneId.systemDefault();
        List<StoredSession> found = q.personId() != null
                ? store.sessions(q.personId(), q.fromInstant(zone), q.toInstant(zone), PAGE_ROWS + 1, false)
                : everyone(people, q);
        List<HistoryView.Row> rows = found.stream().limit(PAGE_ROWS).map(s -> row(s, byId.get(s.personId()))).toList();
        return new HistoryView(frame, people, q.personId(), text(from), text(to), null, rows, found.size() > PAGE_ROWS);
    }

    /**
     * Everyone's newest sessions. Unfiltered, one query through the store's time index; filtered by
     * local days, each person's own days (their zones differ) through the (person, time) index, merged.
     */
    private List<StoredSession> everyone(List<Person> people, HistoryQuery q) {
        if (q.from() == null && q.to() == null) {
            return store.sessions(null, null, null, PAGE_ROWS + 1, false);
        }
        List<StoredSession> all = new ArrayList<>();
        for (Person p : people) {
            all.addAll(store.sessions(p.personId(), q.fromInstant(p.zone()), q.toInstant(p.zone()), PAGE_ROWS + 1, false));
        }
        all.sort(Comparator.comparing(StoredSession::startedAt).thenComparing(StoredSession::sessionId).reversed());
        return all.size() > PAGE_ROWS + 1 ? all.subList(0, PAGE_ROWS + 1) : all;
    }

    private static HistoryView.Row row(StoredSession s, Person p) {
        ZoneId zone = p == null ? ZoneId.systemDefault() : p.zone();
        long secs = Math.round(s.durationS());
        return new HistoryView.Row(s.sessionId(), p == null ? s.personId() : p.displayName(),
                WHEN.format(s.startedAt().atZone(zone)), secs / 60 + " min " + secs % 60 + " s", s.reps(), s.holds(),
                s.compensations(), s.shifts());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
