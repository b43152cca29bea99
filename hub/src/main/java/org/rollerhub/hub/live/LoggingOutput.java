package org.rollerhub.hub.live;

import org.rollerhub.pipeline.SessionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HubOutput} for a service: links and sessions at INFO, each live event at DEBUG (logger
 * {@code org.rollerhub.hub.events}), and, when {@code printJson}, every event and summary as a
 * JSON line on standard output.
 */
public final class LoggingOutput implements HubOutput {
    private static final Logger LOG = LoggerFactory.getLogger("org.rollerhub.hub.live");
    private static final Logger EVENTS = LoggerFactory.getLogger("org.rollerhub.hub.events");
    private final boolean printJson;

    public LoggingOutput(boolean printJson) {
        this.printJson = printJson;
    }

    @Override
    public void hello(String link, String deviceId, String firmware) {
        LOG.info("{}: roller {} (firmware {})", link, deviceId, firmware);
    }

    @Override
    public void event(String deviceId, String eventJson) {
        EVENTS.debug("{}", eventJson);
        if (printJson) {
            synchronized (System.out) {
                System.out.println(eventJson);
                System.out.flush();
            }
        }
    }

    @Override
    public void session(SessionReport report) {
        LOG.info("session {} ended: {} reps", report.sessionId(), report.summary().reps().size());
        if (printJson) {
            synchronized (System.out) {
                System.out.println(report.json());
                System.out.flush();
            }
        }
    }
}
