package org.rollerhub.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.security.KeyStore;
import java.time.Clock;
import org.rollerhub.store.SessionStore;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.pages.LiveHandlers;
import org.rollerhub.web.pages.LoginHandlers;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.security.LoginPassword;
import org.rollerhub.web.security.LoginSessions;
import org.rollerhub.web.security.LoginThrottle;
import org.rollerhub.web.tls.PemKeyStore;

/**
 * The web UI's server: wires the pages to their handlers by hand and listens on the configured
 * address, over HTTPS when a certificate is configured. Its threads are few and run below normal
 * priority, so that browsers cannot take the CPU from the live path.
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
        KeyStore keys = settings.https() ? PemKeyStore.load(settings.certFile(), settings.keyFile()) : null;
        Renderer renderer = new Renderer();
        LoginSessions sessions = new LoginSessions(settings.sessionIdleMinutes(), System::currentTimeMillis);
        Guard guard = new Guard(sessions);
        LoginHandlers login = new LoginHandlers(password,
                sessions, new LoginThrottle(settings.loginFailuresPerMinute(), System::currentTimeMillis), renderer,
                settings.https());
        LiveHandlers livePages = new LiveHandlers(live, renderer);
        HistoryPages history = store == null ? null : HistoryPages.on(store, renderer, Clock.systemDefaultZone(),
                hubVersion == null ? "dev" : hubVersion);
        ServerConnector[] made = new ServerConnector[1];
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
            pool.setName("web");
            pool.setThreadsPriority(Thread.NORM_PRIORITY - 1);
            config.jetty.threadPool = pool;
            config.jetty.addConnector((server, http) -> {
                ServerConnector c;
                if (keys != null) {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStore(keys);
                    ssl.setKeyStorePassword(new String(PemKeyStore.PASSWORD));
                    HttpConfiguration https = new HttpConfiguration(http);
                    SecureRequestCustomizer src = new SecureRequestCustomizer(false);
                    src.setSniHostCheck(false);
                    https.addCustomizer(src);
                    c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
                } else {
                    c = new ServerConnector(server, new HttpConnectionFactory(http));
                }
                c.setHost(settings.bind());
                c.setPort(settings.port());
                made[0] = c;
                return c;
            });
            Routes.install(config.routes, guard, login, livePages, history);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IOException("cannot serve the web UI on " + settings.bind() + ":" + settings.port() + ": "
                    + rootMessage(e), e);
        }
        return new WebServer(app, made[0], settings);
    }

    /** The port listened on (the one picked, when configured as 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Where a browser on this machine reaches it, e.g. {@code http://127.0.0.1:8080/}. */
    public String localUrl() {
        String host = settings.bind().equals("0.0.0.0") || settings.bind().equals("::") ? "127.0.0.1" : settings.bind();
        return (settings.https() ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
