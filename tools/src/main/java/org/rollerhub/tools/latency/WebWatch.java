package org.rollerhub.tools.latency;

import java.io.IOException;
import org.rollerhub.web.WebServer;
import org.rollerhub.web.WebSettings;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.live.LiveFeed;
import org.rollerhub.web.security.LoginPassword;

/**
 * The web UI beside the benchmarked live path: the live page on 127.0.0.1, fed as the hub feeds
 * it; {@link #start} returns once a browser has the page open (see {@code tools/bench-latency-web.sh}).
 */
final class WebWatch implements AutoCloseable {
    private static final long WAIT_FOR_PAGE_MS = 120_000;

    private final WebServer server;
    private final LiveBroadcaster live;

    private WebWatch(WebServer server, LiveBroadcaster live) {
        this.server = server;
        this.live = live;
    }

    static WebWatch start(int port, String password) throws IOException, InterruptedException {
        LiveBroadcaster live = new LiveBroadcaster();
        WebServer server = WebServer.start(WebSettings.DEFAULT.withBind("127.0.0.1").withPort(port),
                LoginPassword.resolve(password, null, null), live);
        System.out.println("web UI: waiting for a browser on " + server.localUrl() + "live ...");
        long deadline = System.currentTimeMillis() + WAIT_FOR_PAGE_MS;
        while (live.clients() == 0) {
            if (System.currentTimeMillis() > deadline) {
                String page = server.localUrl() + "live"; // before close: a closed server has no port
                server.close();
                live.close();
                throw new IOException("no browser opened " + page + " within "
                        + WAIT_FOR_PAGE_MS / 1000 + " s");
            }
            Thread.sleep(100);
        }
        System.out.println("web UI: a browser watches the live page");
        return new WebWatch(server, live);
    }

    LiveFeed feed() {
        return live;
    }

    int pages() {
        return live.clients();
    }

    long dropped() {
        return live.dropped();
    }

    @Override
    public void close() {
        live.close();
        server.close();
    }
}
