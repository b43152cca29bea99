package org.rollerhub.web.clinic;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.AuditEntry;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.LoginView;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Cookies;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.security.LoginSessions;
import org.rollerhub.web.security.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging in to the clinic with a username and a password, and out. As on the hub: the login form
 * carries its own CSRF token, equal to a short-lived cookie's; wrong passwords are rate-limited per
 * address ({@link LoginThrottle}). A wrong username and a wrong password get the same answer after
 * the same work; each is written to the audit log ({@code login-failed}), as is each login.
 */
public final class ClinicLoginHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicLoginHandlers.class);
    private static final String FORM_COOKIE = "rh_login";

    private final ClinicStore clinic;
    private final LoginSessions sessions;
    private final LoginThrottle throttle;
    private final Renderer renderer;
    private final boolean https;
    private final Clock clock;

    public ClinicLoginHandlers(ClinicStore clinic, LoginSessions sessions, LoginThrottle throttle, Renderer renderer,
            boolean https, Clock clock) {
        this.clinic = clinic;
        this.sessions = sessions;
        this.throttle = throttle;
        this.renderer = renderer;
        this.https = https;
        this.clock = clock;
    }

    public void form(Context ctx) {
        show(ctx, null, "");
    }

    public void submit(Context ctx) {
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").strip().toLowerCase(java.util.Locale.ROOT);
        String cookie = ctx.cookie(FORM_COOKIE);
        String given = ctx.formParam("_csrf");
        if (cookie == null || given == null || !cookie.equals(given)) {
            ctx.status(HttpStatus.FORBIDDEN);
            show(ctx, "The form's security token (CSRF) was missing or stale. Try again.", username);
            return;
        }
        long wait = throttle.retryAfterS(ctx.ip());
        if (wait > 0) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(wait));
            show(ctx, "Too many wrong passwords. Try again in " + wait + " s.", username);
            return;
        }
        Account account = Account.USERNAME.matcher(username).matches() ? clinic.account(username).orElse(null) : null;
        if (!ClinicAccounts.matches(account, ctx.formParam("password"))) {
            throttle.failed(ctx.ip());
            LOG.warn("clinic login refused from {}: wrong username or password (username '{}')", ctx.ip(), username);
            clinic.audit(new AuditEntry(clock.instant(), username.isEmpty() ? "?" : username, "login-failed", null,
                    "from " + ctx.ip()));
            ctx.status(HttpStatus.UNAUTHORIZED);
            show(ctx, "Wrong username or password.", username);
            return;
        }
        throttle.succeeded(ctx.ip());
        sessions.close(ctx.cookie(Guard.COOKIE));
        LoginSessions.Login login = sessions.open(account.username());
        clinic.audit(new AuditEntry(clock.instant(), account.username(), "login", null, "from " + ctx.ip()));
        Cookies.set(ctx, Guard.COOKIE, login.id(), https);
        Cookies.clear(ctx, FORM_COOKIE, https);
        ctx.redirect("/patients", HttpStatus.SEE_OTHER);
    }

    public void logout(Context ctx) {
        sessions.close(ctx.cookie(Guard.COOKIE));
        Cookies.clear(ctx, Guard.COOKIE, https);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, String message, String username) {
        String token = LoginSessions.token();
        Cookies.set(ctx, FORM_COOKIE, token, https);
        renderer.render(ctx, "login", new LoginView(new Frame("Log in", "login", null, Frame.Menu.PHYSIO, null), token,
                message, username));
    }
}
