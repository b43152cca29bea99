package org.rollerhub.hub.web;

import java.io.IOException;
import org.rollerhub.hub.live.FanOutOutput;
import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.store.SessionStore;
import org.rollerhub.web.WebServer;
import org.rollerhub.web.WebSettings;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.security.LoginPassword;

/**
 * The web UI as the hub runs it: the server, the live feed the hub's output goes to, and how to log
 * in. {@link #output} wraps the hub's other output so that both see everything.
 */
public final class HubWeb implements AutoCloseable {
    private final WebServer server;
    private final LiveBroadcaster live;
    private final LoginPassword password;

    private HubWeb(WebServer server, LiveBroadcaster live, LoginPassword password) {
        this.server = server;
        this.live = live;
        this.password = password;
    }

    /**
     * @throws IOException if the port cannot be bound, or a password or certificate file not read
     * @throws IllegalArgumentException if the password given is empty
     */
    public static HubWeb start(WebSettings settings) throws IOException {
        return start(settings, null);
    }

    /**
     * As above, with the history, progress and people pages on {@code store} (null: the live page only).
     */
    public static HubWeb start(WebSettings settings, SessionStore store) throws IOException {
        LoginPassword password = LoginPassword.resolve(settings.password(), settings.passwordFile(),
                settings.generatedHashFile());
        LiveBroadcaster live = new LiveBroadcaster();
        try {
            return new HubWeb(WebServer.start(settings, password, live, store, HubWeb.class.getPackage().getImplementationVersion()), live, password);
        } catch (IOException | RuntimeException e) {
            live.close();
            throw e;
        }
    }

    /** {@code other} and the web UI's live page. */
    public HubOutput output(HubOutput other) {
        return new FanOutOutput(other, new WebOutput(live));
    }

    /** Where a browser on this machine opens it. */
    public String url() {
        return server.localUrl();
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** The password, if it was generated just now (print it once), else null. */
    public String generatedPassword() {
        return password.generated();
    }

    /** Where the password came from (never the password). */
    public String passwordSource() {
        return password.source();
    }

    @Override
    public void close() {
        live.close();
        server.close();
    }
}
