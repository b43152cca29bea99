package org.rollerhub.web.pages;

/**
 * What every page's frame needs: its title, which menu entry is current, the login's CSRF token for
 * the log-out form (null on the login page), and which menu to show.
 *
 * @param menu the hub's menu, or the clinic's (a physio's, or an admin's with accounts and audit)
 * @param user who is logged in, shown beside the log-out button; null on a hub
 */
public record Frame(String title, String active, String csrf, Menu menu, String user) {
    /** The menus. */
    public enum Menu {
        HUB, PHYSIO, ADMIN;

        public boolean clinic() {
            return this != HUB;
        }
    }

    /** A hub page's frame. */
    public Frame(String title, String active, String csrf) {
        this(title, active, csrf, Menu.HUB, null);
    }

    /** The same frame with another title and current entry. */
    public Frame titled(String t, String a) {
        return new Frame(t, a, csrf, menu, user);
    }
}
