package org.rollerhub.hub.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;

/**
 * Recovery of a session left open by a dead hub, from a real capture cut off mid-session (the
 * first part of a shared sample, as a SIGKILL would leave it), with an index as the capture store
 * writes it.
 */
class SessionRecoveryTest {
    private static final AnalyticsSettings RIDER = new AnalyticsSettings(173.0, Level.T9); // sample-109's meta
    private static final String CAPTURE = "20261124T010000Z-serial__dev_ttyACM0.rlr";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path data;
    Path captures;
    byte[] cut;

    @BeforeEach
    void leaveACaptureCutOffMidSession() throws Exception {
        Path sample = Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples", "sample-109.rlr");
        byte[] all = Files.readAllBytes(sample);
        cut = Arrays.copyOf(all, all.length * 6 / 10); // the sample's one session is about 60% through here
        captures = Files.createDirectories(data.resolve("captures"));
        Files.write(captures.resolve(CAPTURE), cut);
    }

    private void index(String... lines) throws Exception {
        Files.writeString(captures.resolve("index.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static String opened() {
        return "{\"event\":\"opened\",\"capture\":\"" + CAPTURE + "\",\"link\":\"serial:/dev/ttyACM0\",\"at\":\"2026-11-24T01:00:00Z\"}";
    }

    private List<SessionReport> expected() throws Exception {
        return CaptureAnalysis.of(new ByteArrayInputStream(cut), RIDER, null).reports();
    }

    @Test
    void anUnclosedCaptureIsReanalysedAndItsSessionPublishedMarkedRecovered_once() throws Exception {
        List<SessionReport> expected = expected();
        assertFalse(expected.isEmpty(), "the cut capture should hold a session");
        index(opened());
        MemoryPublisher pub = new MemoryPublisher();
        List<SessionReport> got = SessionRecovery.recover(data, RIDER, pub, id -> false, Instant.parse("2026-11-24T02:00:00Z"));

        assertEquals(expected.stream().map(SessionReport::sessionId).toList(),
                got.stream().map(SessionReport::sessionId).toList());
        List<MemoryPublisher.Message> published = pub.messages("session");
        assertEquals(expected.size(), published.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode json = MAPPER.readTree(published.get(i).json());
            assertTrue(json.path("recovered").asBoolean(), published.get(i).json());
            assertEquals(expected.get(i).sessionId(), json.path("sessionId").asText());
            // Apart from the mark, the same summary the live hub would have made from these bytes.
            ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("recovered");
            assertEquals(MAPPER.readTree(expected.get(i).json()), json);
        }
        // Recovered once: the next start leaves the capture alone.
        MemoryPublisher again = new MemoryPublisher();
        assertTrue(SessionRecovery.recover(data, RIDER, again, id -> false, Instant.parse("2026-11-24T03:00:00Z")).isEmpty());
        assertTrue(again.messages("session").isEmpty());
    }

    @Test
    void aRecoveredSummaryCarriesThePersonTheAttributionGivesIt() throws Exception {
        index(opened());
        MemoryPublisher pub = new MemoryPublisher();
        List<SessionReport> got = SessionRecovery.recover(data, RIDER, pub, id -> false,
                Instant.parse("2026-11-24T02:00:00Z"), r -> {
                    try {
                        com.fasterxml.jackson.databind.node.ObjectNode json =
                                (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(r.json());
                        json.putObject("user").put("personId", "anna-" + r.deviceId());
                        return r.withJson(MAPPER.writeValueAsString(json));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        assertFalse(got.isEmpty());
        for (MemoryPublisher.Message m : pub.messages("session")) {
            JsonNode json = MAPPER.readTree(m.json());
            assertEquals("anna-" + json.path("deviceId").asText(), json.path("user").path("personId").asText(), m.json());
            assertTrue(json.path("recovered").asBoolean(), m.json());
        }
        assertEquals(pub.messages("session").size(), got.size());
    }

    @Test
    void sessionsTheOutboxOwnsAreNotRecovered() throws Exception {
        List<SessionReport> expected = expected();
        String last = expected.get(expected.size() - 1).sessionId();
        index(opened());
        MemoryPublisher pub = new MemoryPublisher();
        List<SessionReport> got = SessionRecovery.recover(data, RIDER, pub, last::equals,
                Instant.parse("2026-11-24T02:00:00Z"));
        assertTrue(got.stream().noneMatch(r -> r.sessionId().equals(last)));
        assertEquals(expected.size() - 1, got.size());
    }

    @Test
    void anIndexSessionLineWithoutAnOutboxEntryIsNotTrusted() throws Exception {
        // The hub died after the index line but before the outbox had the summary (the order before
        // this was fixed); the outbox is the record that counts, so the session is recovered.
        List<SessionReport> expected = expected();
        String last = expected.get(expected.size() - 1).sessionId();
        index(opened(), "{\"event\":\"session\",\"capture\":\"" + CAPTURE + "\",\"sessionId\":\"" + last
                + "\",\"at\":\"2026-11-24T01:05:00Z\"}");
        MemoryPublisher pub = new MemoryPublisher();
        List<SessionReport> got = SessionRecovery.recover(data, RIDER, pub, id -> false,
                Instant.parse("2026-11-24T02:00:00Z"));
        assertTrue(got.stream().anyMatch(r -> r.sessionId().equals(last)));
    }

    @Test
    void aPublishedIndexLineCountsForSessionsTheOutboxHasForgotten() throws Exception {
        List<SessionReport> expected = expected();
        String last = expected.get(expected.size() - 1).sessionId();
        index(opened(), "{\"event\":\"published\",\"capture\":\"" + CAPTURE + "\",\"sessionId\":\"" + last
                + "\",\"at\":\"2026-11-24T01:05:00Z\"}");
        MemoryPublisher pub = new MemoryPublisher();
        List<SessionReport> got = SessionRecovery.recover(data, RIDER, pub, id -> false,
                Instant.parse("2026-11-24T02:00:00Z"));
        assertTrue(got.stream().noneMatch(r -> r.sessionId().equals(last)));
    }

    @Test
    void closedCapturesAndCapturesOfTheRunningHubAreLeftAlone() throws Exception {
        index(opened(), "{\"event\":\"closed\",\"capture\":\"" + CAPTURE + "\",\"at\":\"2026-11-24T01:30:00Z\"}");
        MemoryPublisher pub = new MemoryPublisher();
        assertTrue(SessionRecovery.recover(data, RIDER, pub, id -> false, Instant.parse("2026-11-24T02:00:00Z")).isEmpty());

        index(opened()); // opened after this hub started: it is this hub's own, still being written
        assertTrue(SessionRecovery.recover(data, RIDER, pub, id -> false, Instant.parse("2026-11-24T00:30:00Z")).isEmpty());
        assertTrue(pub.messages("session").isEmpty());
    }
}
