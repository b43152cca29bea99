package org.rollerhub.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.rollerhub.hub.config.ConfigKeys;
import org.rollerhub.hub.history.HubHistory;
import org.rollerhub.hub.web.HubWeb;
import org.rollerhub.web.WebSettings;

/**
 * The web UI as {@code demo} serves it: on this machine only (127.0.0.1), on the port asked for or,
 * when that is taken, a free one (which it says), with {@code ROLLER_WEB_PASSWORD} or a password
 * made for this run and printed.
 */
final class DemoWeb {
    private DemoWeb() {
    }

    static HubWeb start(int port, HubHistory history, PrintStream out) throws IOException {
        String given = System.getenv(ConfigKeys.WEB_PASSWORD_ENV);
        WebSettings s = WebSettings.DEFAULT.withBind("127.0.0.1").withPort(port)
                .withPassword(given == null || given.isEmpty() ? null : given);
        HubWeb web;
        try {
            web = HubWeb.start(s, history.store());
        } catch (IOException taken) {
            web = HubWeb.start(s.withPort(0), history.store());
            out.println("Port " + port + " is taken, so the web UI listens on port " + web.port() + " instead.");
        }
        out.println("Web UI: " + web.url() + " (log in with the password "
                + (web.generatedPassword() != null ? web.generatedPassword() : "in " + ConfigKeys.WEB_PASSWORD_ENV) + ")");
        return web;
    }
}
