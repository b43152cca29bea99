package org.rollerhub.hub.live;

import java.util.List;
import org.rollerhub.pipeline.SessionReport;

/** One {@link HubOutput} that tells several: the log or the terminal, and the web UI. */
public final class FanOutOutput implements HubOutput {
    private final List<HubOutput> outputs;

    public FanOutOutput(HubOutput... outputs) {
        this.outputs = List.of(outputs);
    }

    @Override
    public void connected(String link, boolean reconnect) {
        outputs.forEach(o -> o.connected(link, reconnect));
    }

    @Override
    public void lost(String link, String reason, long retryInMs) {
        outputs.forEach(o -> o.lost(link, reason, retryInMs));
    }

    @Override
    public void hello(String link, String deviceId, String firmware) {
        outputs.forEach(o -> o.hello(link, deviceId, firmware));
    }

    @Override
    public void status(String deviceId, String statusJson) {
        outputs.forEach(o -> o.status(deviceId, statusJson));
    }

    @Override
    public void sample(String deviceId, long deviceTimeUs, double contactCm, String level, double loadN) {
        outputs.forEach(o -> o.sample(deviceId, deviceTimeUs, contactCm, level, loadN));
    }

    @Override
    public void event(String deviceId, String eventJson) {
        outputs.forEach(o -> o.event(deviceId, eventJson));
    }

    @Override
    public void session(SessionReport report) {
        outputs.forEach(o -> o.session(report));
    }

    @Override
    public void published(String sessionId) {
        outputs.forEach(o -> o.published(sessionId));
    }

    @Override
    public void publishFailed(String sessionId, Throwable cause) {
        outputs.forEach(o -> o.publishFailed(sessionId, cause));
    }
}
