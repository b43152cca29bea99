package org.rollerhub.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;

/**
 * Runs before every request: nothing but the login page and the static assets is reachable without
 * a login, and every request that changes something carries the login's CSRF token (form field
 * {@code _csrf} or header {@code X-CSRF-Token}). Also sets the headers every response carries.
 */
public final class Guard {
    /** The session cookie's name. */
    public static final String COOKIE = "rh_session";
    private static final String LOGIN_ATTRIBUTE = "rollerhub.login";

    private final LoginSessions sessions;

    public Guard(LoginSessions sessions) {
        this.sessions = sessions;
    }

    /** The login of a request that passed the guard. */
    public static LoginSessions.Login login(Context ctx) {
        return ctx.attribute(LOGIN_ATTRIBUTE);
    }

    /** The before-handler. */
    public void check(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'");
        String path = ctx.path();
        if (path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (path.equals("/login")) {
            return; // the login handlers check their own token
        }
        LoginSessions.Login login = sessions.find(ctx.cookie(COOKIE));
        if (login == null) {
            if (ctx.method() == HandlerType.GET && !path.endsWith("/events")) {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.UNAUTHORIZED).result("Log in first.");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            String given = ctx.header("X-CSRF-Token");
            if (given == null) {
                given = ctx.formParam("_csrf");
            }
            if (given == null || !constantTimeEquals(given, login.csrfToken())) {
                ctx.status(HttpStatus.FORBIDDEN).result("Refused: this form's security token (CSRF) is missing or wrong. "
                        + "Reload the page and try again.");
                ctx.skipRemainingHandlers();
                return;
            }
        }
        ctx.attribute(LOGIN_ATTRIBUTE, login);
    }

    static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
