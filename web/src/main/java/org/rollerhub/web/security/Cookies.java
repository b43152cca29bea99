package org.rollerhub.web.security;

import io.javalin.http.Context;

/** Cookies the way this UI sets them: path /, HttpOnly, SameSite=Strict, Secure over HTTPS. */
public final class Cookies {
    private Cookies() {
    }

    /** Sets {@code name} for the browser session. */
    public static void set(Context ctx, String name, String value, boolean https) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }

    /** Removes {@code name}. */
    public static void clear(Context ctx, String name, boolean https) {
        ctx.res().addHeader("Set-Cookie", name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
    }
}
