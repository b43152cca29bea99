package org.rollerhub.web;

import java.time.Clock;
import org.rollerhub.store.SessionStore;
import org.rollerhub.web.history.HistoryHandlers;
import org.rollerhub.web.history.PeopleHandlers;
import org.rollerhub.web.history.ProgressHandlers;
import org.rollerhub.web.history.SessionHandlers;
import org.rollerhub.web.pages.Renderer;

/** The pages on the session history, wired to one store. */
record HistoryPages(HistoryHandlers history, SessionHandlers session, ProgressHandlers progress, PeopleHandlers people) {

    static HistoryPages on(SessionStore store, Renderer renderer, Clock clock, String hubVersion) {
        return new HistoryPages(new HistoryHandlers(store, renderer), new SessionHandlers(store, renderer, clock, hubVersion),
                new ProgressHandlers(store, renderer, clock), new PeopleHandlers(store, renderer, clock));
    }
}
