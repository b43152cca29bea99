package org.rollerhub.web.pages;

/** The 403 page: why the request was refused. */
public record RefusedView(Frame frame, String message) {
}
