package org.rollerhub.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.jetty.server.ServerConnector;
import org.rollerhub.store.SessionStore;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.pages.LiveHandlers;
import org.rollerhub.web.pages.LoginHandlers;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.security.LoginPassword;
import org.rollerhub.web.security.LoginSessions;
import org.rollerhub.web.security.LoginThrottle;

/**
 * The hub's web UI: wires the pages to their handlers by hand and listens on the configured
 * address, over HTTPS when a certificate is configured. Its threads are few and run below normal
 * priority, so that browsers cannot take the CPU from the live path. (A clinic's server serves
 * {@link ClinicWebServer} instead.)
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final ServerConnector connector;
    private final WebSettings settings;

    private WebServer(Javalin app, ServerConnector connector, WebSettings settings) {
        this.app = app;
        this.connector = connector;
        this.settings = settings;
    }

    /**
     * Starts serving.
     *
     * @param live what the live page shows (the hub feeds it)
     * @throws IOException if the port cannot be bound or the certificate not read
     */
    public static WebServer start(WebSettings settings, LoginPassword password, LiveBroadcaster live) throws IOException {
        return start(settings, password, live, null, null);
    }

    /**
     * As above, with the history, session, progress and people pages on {@code store}.
     *
     * @param store the session history, or null for the live page alone
     * @param hubVersion named in FHIR exports, or null
     */
    public static WebServer start(WebSettings settings, LoginPassword password, LiveBroadcaster live, SessionStore store,
            String hubVersion) throws IOException {
        Renderer renderer = new Renderer();
        LoginSessions sessions = new LoginSessions(settings.sessionIdleMinutes(), System::currentTimeMillis);
        Guard guard = new Guard(sessions);
        LoginHandlers login = new LoginHandlers(password,
                sessions, new LoginThrottle(settings.loginFailuresPerMinute(), System::currentTimeMillis), renderer,
                settings.https());
        LiveHandlers livePages = new LiveHandlers(live, renderer);
        HistoryPages history = store == null ? null : HistoryPages.on(store, renderer, Clock.systemDefaultZone(),
                hubVersion == null ? "dev" : hubVersion);
        HttpServing.Started s = HttpServing.start(settings, r -> Routes.install(r, guard, login, livePages, history));
        return new WebServer(s.app(), s.connector(), settings);
    }

    /** The port listened on (the one picked, when configured as 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Where a browser on this machine reaches it, e.g. {@code http://127.0.0.1:8080/}. */
    public String localUrl() {
        return HttpServing.localUrl(settings, port());
    }

    @Override
    public void close() {
        app.stop();
    }
}
