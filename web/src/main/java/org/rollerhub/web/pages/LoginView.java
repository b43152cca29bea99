package org.rollerhub.web.pages;

/**
 * The login page: the form's CSRF token, what went wrong last time (or null), and the username
 * typed (null on a hub, whose form has the password alone).
 */
public record LoginView(Frame frame, String csrf, String message, String username) {
    /** The hub's password-only login page. */
    public LoginView(Frame frame, String csrf, String message) {
        this(frame, csrf, message, null);
    }
}
