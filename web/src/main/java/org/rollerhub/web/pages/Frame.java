package org.rollerhub.web.pages;

/**
 * What every page's frame needs: its title, which menu entry is current, and the login's CSRF
 * token for the log-out form (null on the login page).
 */
public record Frame(String title, String active, String csrf) {
}
