package org.rollerhub.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Logged-in browsers: a random session id (the cookie's value) mapped to its CSRF token and the
 * time of its last request. A session idle for longer than the limit is gone. Thread-safe.
 */
public final class LoginSessions {
    /**
     * One login.
     *
     * @param id the session cookie's value
     * @param csrfToken the token every form of this login carries
     * @param user who logged in (a clinic account's username); null on a hub, which has one password and no users
     */
    public record Login(String id, String csrfToken, String user) {
    }

    private record Entry(Login login, long lastSeenMs) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final long idleMs;
    private final LongSupplier clockMs;

    /**
     * @param idleMinutes a session unused this long ends, minutes
     * @param clockMs the time, milliseconds
     */
    public LoginSessions(int idleMinutes, LongSupplier clockMs) {
        this.idleMs = idleMinutes * 60_000L;
        this.clockMs = clockMs;
    }

    /** A new login with its own CSRF token, of nobody in particular (the hub's one password). */
    public Login open() {
        return open(null);
    }

    /** A new login of {@code user} with its own CSRF token. */
    public Login open(String user) {
        Login l = new Login(token(), token(), user);
        sessions.put(l.id(), new Entry(l, clockMs.getAsLong()));
        if (sessions.size() > 1000) {
            sweep();
        }
        return l;
    }

    /** The login with this id, if alive (and marks it used), else null. */
    public Login find(String id) {
        if (id == null) {
            return null;
        }
        long now = clockMs.getAsLong();
        Entry e = sessions.get(id);
        if (e == null) {
            return null;
        }
        if (now - e.lastSeenMs() > idleMs) {
            sessions.remove(id);
            return null;
        }
        sessions.put(id, new Entry(e.login(), now));
        return e.login();
    }

    /** Ends a login. */
    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** A random URL-safe token of 256 bits. */
    public static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private void sweep() {
        long now = clockMs.getAsLong();
        sessions.values().removeIf(e -> now - e.lastSeenMs() > idleMs);
    }
}
