package org.rollerhub.web.testing;

import java.io.IOException;
import org.rollerhub.web.WebServer;
import org.rollerhub.web.WebSettings;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.security.LoginPassword;

/** A web server on 127.0.0.1 and a free port, with a known password and a live feed the test drives. */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery";

    public final LiveBroadcaster live = new LiveBroadcaster();
    public final WebServer server;

    public TestServer() throws IOException {
        this(WebSettings.DEFAULT.withBind("127.0.0.1").withPort(0));
    }

    public TestServer(WebSettings settings) throws IOException {
        server = WebServer.start(settings, LoginPassword.resolve(PASSWORD, null, null), live);
    }

    public String url() {
        return server.localUrl();
    }

    @Override
    public void close() {
        server.close();
        live.close();
    }
}
