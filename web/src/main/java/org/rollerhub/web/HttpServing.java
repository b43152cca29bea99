package org.rollerhub.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.security.KeyStore;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rollerhub.web.tls.PemKeyStore;

/**
 * What the hub's UI and the clinic's UI serve the same way: Javalin on Jetty with at most 16
 * threads below normal priority (browsers must not take the CPU from the live path or the ingest),
 * on the configured address, over HTTPS when a certificate is given. (The static files are routes:
 * {@link StaticAssets}.)
 */
final class HttpServing {
    /** A started server and the connector it listens on. */
    record Started(Javalin app, ServerConnector connector) {
    }

    private HttpServing() {
    }

    /**
     * @param routes installs the routes
     * @throws IOException if the port cannot be bound or the certificate not read; nothing is left running then
     */
    static Started start(WebSettings settings, Consumer<RoutesConfig> routes) throws IOException {
        KeyStore keys = settings.https() ? PemKeyStore.load(settings.certFile(), settings.keyFile()) : null;
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
            routes.accept(config.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IOException("cannot serve the web UI on " + settings.bind() + ":" + settings.port() + ": "
                    + rootMessage(e), e);
        }
        return new Started(app, made[0]);
    }

    /** Where a browser on this machine reaches the server, e.g. {@code http://127.0.0.1:8080/}. */
    static String localUrl(WebSettings settings, int port) {
        String host = settings.bind().equals("0.0.0.0") || settings.bind().equals("::") ? "127.0.0.1" : settings.bind();
        return (settings.https() ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
