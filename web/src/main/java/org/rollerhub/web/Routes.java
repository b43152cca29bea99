package org.rollerhub.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import org.rollerhub.web.pages.LiveHandlers;
import org.rollerhub.web.pages.LoginHandlers;
import org.rollerhub.web.security.Guard;

/** Every route of the web UI, in one place. Static files: {@code /assets/*} (this jar), {@code /webjars/*} (uPlot). */
final class Routes {
    private Routes() {
    }

    /** @param h the history pages, or null when the hub keeps no history */
    static void install(RoutesConfig r, Guard guard, LoginHandlers login, LiveHandlers live, HistoryPages h) {
        r.before(guard::check);
        r.get("/assets/<path>", StaticAssets::own);
        r.get("/webjars/<path>", StaticAssets::webjar);

        r.get("/login", login::form);
        r.post("/login", login::submit);
        r.post("/logout", login::logout);

        r.get("/", ctx -> ctx.redirect("/live", HttpStatus.SEE_OTHER));
        r.get("/live", live::page);
        r.sse("/live/events", live::stream);

        if (h != null) {
            r.get("/history", h.history()::page);
            r.get("/sessions/{id}", h.session()::page);
            r.get("/sessions/{id}/{file}", h.session()::download);
            r.get("/progress", h.progress()::page);
            r.get("/people", h.people()::list);
            r.post("/people", h.people()::add);
            r.get("/people/{id}", h.people()::edit);
            r.post("/people/{id}", h.people()::update);
            r.post("/people/{id}/plan", h.people()::setPlan);
        }
    }
}
