package org.rollerhub.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.rollerhub.web.security.Cookies;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.security.LoginPassword;
import org.rollerhub.web.security.LoginSessions;
import org.rollerhub.web.security.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in and out. The login form carries its own CSRF token, which must equal the one in a
 * short-lived cookie set with the form (no login session exists yet to hold it).
 */
public final class LoginHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandlers.class);
    private static final String FORM_COOKIE = "rh_login";

    private final LoginPassword password;
    private final LoginSessions sessions;
    private final LoginThrottle throttle;
    private final Renderer renderer;
    private final boolean https;

    public LoginHandlers(LoginPassword password, LoginSessions sessions, LoginThrottle throttle, Renderer renderer,
            boolean https) {
        this.password = password;
        this.sessions = sessions;
        this.throttle = throttle;
        this.renderer = renderer;
        this.https = https;
    }

    public void form(Context ctx) {
        show(ctx, null);
    }

    public void submit(Context ctx) {
        String cookie = ctx.cookie(FORM_COOKIE);
        String given = ctx.formParam("_csrf");
        if (cookie == null || given == null || !cookie.equals(given)) {
            ctx.status(HttpStatus.FORBIDDEN);
            show(ctx, "The form's security token (CSRF) was missing or stale. Try again.");
            return;
        }
        long wait = throttle.retryAfterS(ctx.ip());
        if (wait > 0) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(wait));
            show(ctx, "Too many wrong passwords. Try again in " + wait + " s.");
            return;
        }
        if (!password.matches(ctx.formParam("password"))) {
            throttle.failed(ctx.ip());
            LOG.warn("web login refused from {}: wrong password", ctx.ip());
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, "Wrong password.");
            return;
        }
        throttle.succeeded(ctx.ip());
        sessions.close(ctx.cookie(Guard.COOKIE));
        LoginSessions.Login login = sessions.open();
        Cookies.set(ctx, Guard.COOKIE, login.id(), https);
        Cookies.clear(ctx, FORM_COOKIE, https);
        ctx.redirect("/live", HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        sessions.close(ctx.cookie(Guard.COOKIE));
        Cookies.clear(ctx, Guard.COOKIE, https);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String message) {
        String token = LoginSessions.token();
        Cookies.set(ctx, FORM_COOKIE, token, https);
        renderer.render(ctx, "login", new LoginView(new Frame("Log in", "login", null), token, message));
    }
}
