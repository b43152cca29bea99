package org.rollerhub.hub.web;

import org.rollerhub.hub.live.HubOutput;
import org.rollerhub.web.live.LiveFeed;

/** The live hub's output as the web UI's {@link LiveFeed}: status lines and event lines, as published. */
final class WebOutput implements HubOutput {
    private final LiveFeed feed;

    WebOutput(LiveFeed feed) {
        this.feed = feed;
    }

    @Override
    public void status(String deviceId, String statusJson) {
        feed.status(deviceId, statusJson);
    }

    @Override
    public void sample(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
        feed.sample(deviceId, deviceTimeUs / 1e6, contactCm, level, loadN);
    }

    @Override
    public void event(String deviceId, String eventJson) {
        feed.event(deviceId, eventJson);
    }
}
