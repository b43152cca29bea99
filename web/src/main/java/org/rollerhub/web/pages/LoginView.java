package org.rollerhub.web.pages;

/** The login page: the form's CSRF token and what went wrong last time (or null). */
public record LoginView(Frame frame, String csrf, String message) {
}
