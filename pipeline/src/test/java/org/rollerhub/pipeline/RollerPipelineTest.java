package org.rollerhub.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.pipeline.testing.SummarySchema;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.SerialStreamDecoder;

/** The pipeline fed a real capture packet by packet, as the live hub feeds it. */
class RollerPipelineTest {

    @Test
    void liveEventsAndWallClockTimesComeWithTheSummary() throws Exception {
        Instant wall = Instant.parse("2026-03-01T07:30:00Z");
        List<String> events = new ArrayList<>();
        List<SessionEvent> typed = new ArrayList<>();
        List<SessionReport> reports = new ArrayList<>();
        SerialStreamDecoder[] decoder = new SerialStreamDecoder[1];
        RollerPipeline pipeline = new RollerPipeline(new AnalyticsSettings(173, Level.T9),
                Clock.fixed(wall, ZoneOffset.UTC), () -> decoder[0].counters(), new RollerPipeline.Listener() {
                    @Override
                    public void onEvent(String deviceId, SessionEvent event, String eventJson) {
                        events.add(eventJson);
                        typed.add(event);
                    }

                    @Override
                    public void onSession(SessionReport report) {
                        reports.add(report);
                    }
                });
        decoder[0] = new SerialStreamDecoder(pipeline);
        try (InputStream in = Files.newInputStream(SummarySchema.sharedDir().resolve("samples/sample-109.rlr"))) {
            CaptureReader.read(in, decoder[0], null);
        }
        pipeline.finish();

        assertEquals(1, reports.size());
        SessionReport report = reports.get(0);
        assertEquals(java.util.Set.of(), SummarySchema.validate(report.json()), report.json());
        JsonNode s = SummarySchema.parse(report.json());
        Instant started = Instant.parse(s.path("startedAt").asText());
        Instant ended = Instant.parse(s.path("endedAt").asText());
        // the wall clock was read at the first packet; the session began a few seconds into the capture
        assertTrue(started.isAfter(wall) && started.isBefore(wall.plusSeconds(60)), started.toString());
        assertEquals(s.path("durationS").asDouble(), (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0, 0.002);
        assertTrue(report.link().packets() > 6000, report.link().toString());
        assertEquals(48, s.path("link").path("lostPackets").asLong());

        // live events: one start, one end, and every rep started and ended, in device-time order of detection
        assertTrue(typed.get(0) instanceof SessionEvent.SessionStarted, typed.get(0).toString());
        assertTrue(typed.get(typed.size() - 1) instanceof SessionEvent.SessionEnded);
        long started2 = typed.stream().filter(e -> e instanceof SessionEvent.RepStarted).count();
        long ended2 = typed.stream().filter(e -> e instanceof SessionEvent.RepEnded).count();
        assertEquals(15, ended2);
        assertEquals(15, started2);
        assertEquals(9, typed.stream().filter(e -> e instanceof SessionEvent.ShiftDetected).count());
        for (String line : events) {
            JsonNode e = SummarySchema.parse(line);
            assertEquals(report.sessionId(), e.path("sessionId").asText(), line);
            assertTrue(e.path("event").asText().matches("[a-z-]+"), line);
            assertTrue(!line.contains("\n"));
        }
    }
}
