package org.rollerhub.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;

/**
 * Offline analysis of one capture ({@code .rlr}) through the same {@link RollerPipeline} the live
 * hub uses, without a wall clock: same bytes in, same reports out.
 *
 * @param hello the roller's (last) HELLO, or null if the capture held none
 * @param counters the link counters over the whole capture
 * @param reports every session, in order
 */
public record CaptureAnalysis(Hello hello, LinkCounters counters, List<SessionReport> reports) {

    public CaptureAnalysis {
        reports = List.copyOf(reports);
    }

    /** Whether this looked like a roller capture at all: at least one intact packet and a HELLO. */
    public boolean isRollerCapture() {
        return hello != null && counters.packets() > 0;
    }

    /**
     * Reads {@code in} to its end and analyses it.
     *
     * @param progress told the bytes read so far; may be null
     */
    public static CaptureAnalysis of(InputStream in, AnalyticsSettings settings, CaptureReader.Progress progress)
            throws IOException {
        List<SessionReport> reports = new ArrayList<>();
        RollerPipeline.Decoding path = RollerPipeline.decoding(settings, null, new RollerPipeline.Listener() {
            @Override
            public void onSession(SessionReport report) {
                reports.add(report);
            }
        });
        LinkCounters counters = CaptureReader.read(in, path.decoder(), progress);
        path.pipeline().finish();
        return new CaptureAnalysis(path.pipeline().hello(), counters, reports);
    }
}
