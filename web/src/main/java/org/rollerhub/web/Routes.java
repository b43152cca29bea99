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

    static void install(RoutesConfig r, Guard guard, LoginHandlers login, LiveHandlers live) {
        r.before(guard::check);

        r.get("/login", login::form);
        r.post("/login", login::submit);
        r.post("/logout", login::logout);

        r.get("/", ctx -> ctx.redirect("/live", HttpStatus.SEE_OTHER));
        r.get("/live", live::page);
        r.sse("/live/events", live::stream);
    }
}
