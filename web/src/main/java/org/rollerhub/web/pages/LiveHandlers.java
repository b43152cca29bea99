package org.rollerhub.web.pages;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import org.rollerhub.web.live.LiveBroadcaster;
import org.rollerhub.web.security.Guard;

/** The live page and its event stream. */
public final class LiveHandlers {
    private final LiveBroadcaster live;
    private final Renderer renderer;

    public LiveHandlers(LiveBroadcaster live, Renderer renderer) {
        this.live = live;
        this.renderer = renderer;
    }

    public void page(Context ctx) {
        renderer.render(ctx, "live", new LiveView(new Frame("Live", "live", Guard.login(ctx).csrfToken()), LiveView.SPINE));
    }

    public void stream(SseClient client) {
        live.join(client);
    }
}
