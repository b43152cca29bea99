package org.rollerhub.hub.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, recovers sessions that were running when the hub died: finds the captures the
 * capture index says were opened but never closed, re-analyses each with the same pipeline the
 * live hub uses, and publishes every session in it that the outbox does not own, marked
 * {@code "recovered": true}. Publishing goes through the {@link Publisher}, whose outbox makes
 * the summary durable before this returns.
 *
 * <p>Whether a session already has its summary is decided by the outbox (pending or sent), the
 * one durable record that owns a summary, never by an index line: the index's {@code session}
 * line is written after the outbox entry, and may be missing after a crash in between. An index
 * {@code published} line (written after the broker's acknowledgement) also counts, for sessions
 * the outbox has forgotten since. See {@code docs/delivery.md}.
 *
 * <p>Reads {@code <dataDir>/captures/index.jsonl} (written by the capture store) and keeps its
 * own record of captures already recovered in {@code <dataDir>/captures/recovered.jsonl}, so each
 * is re-analysed once. Call it after the publisher started and before the live hub starts
 * recording (a capture opened by the running hub is not closed either).
 */
public final class SessionRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(SessionRecovery.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** This class's record of handled captures, beside the capture index. */
    public static final String RECOVERED = "recovered.jsonl";

    private SessionRecovery() {
    }

    /**
     * {@link #recover(Path, AnalyticsSettings, Publisher, Predicate, Instant, UnaryOperator)} for captures
     * opened before now.
     */
    public static List<SessionReport> recover(Path dataDir, AnalyticsSettings settings, Publisher publisher,
            Predicate<String> owned, UnaryOperator<SessionReport> attribution) {
        return recover(dataDir, settings, publisher, owned, Instant.now(), attribution);
    }

    /** As the full form, with the summaries left unattributed. */
    public static List<SessionReport> recover(Path dataDir, AnalyticsSettings settings, Publisher publisher,
            Predicate<String> owned, Instant openedBefore) {
        return recover(dataDir, settings, publisher, owned, openedBefore, UnaryOperator.identity());
    }

    /**
     * @param dataDir the hub's data folder
     * @param settings the analytics settings the live hub uses
     * @param publisher where recovered summaries go
     * @param owned whether the outbox already holds a summary of this session id (pending or sent)
     * @param openedBefore only captures opened before this instant count (the running hub's own are later)
     * @param attribution puts the person into a recovered report's summary (as the live hub does,
     *     e.g. {@code user.personId} of whoever rolls on the roller), before it is marked and published
     * @return the recovered sessions' reports, with their JSON marked recovered; failures are logged, never thrown
     */
    public static List<SessionReport> recover(Path dataDir, AnalyticsSettings settings, Publisher publisher,
            Predicate<String> owned, Instant openedBefore, UnaryOperator<SessionReport> attribution) {
        Path captures = dataDir.resolve("captures");
        Path index = captures.resolve("index.jsonl");
        List<SessionReport> recovered = new ArrayList<>();
        if (!Files.exists(index)) {
            return recovered;
        }
        Map<String, CaptureState> states;
        Set<String> handled;
        try {
            states = readIndex(index);
            handled = readHandled(captures.resolve(RECOVERED));
        } catch (IOException e) {
            LOG.error("Session recovery: cannot read {}: {}", index, e.getMessage());
            return recovered;
        }
        for (Map.Entry<String, CaptureState> e : states.entrySet()) {
            CaptureState s = e.getValue();
            Path file = captures.resolve(e.getKey());
            if (s.closed || handled.contains(e.getKey()) || s.openedAt == null || !s.openedAt.isBefore(openedBefore)
                    || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                recovered.addAll(recoverCapture(file, id -> s.published.contains(id) || owned.test(id), settings,
                        publisher, attribution));
                markHandled(captures.resolve(RECOVERED), e.getKey());
            } catch (IOException | RuntimeException ex) {
                LOG.error("Session recovery: cannot re-analyse {}: {}", file, ex.toString());
            }
        }
        return recovered;
    }

    private static List<SessionReport> recoverCapture(Path file, Predicate<String> summarised,
            AnalyticsSettings settings, Publisher publisher, UnaryOperator<SessionReport> attribution)
            throws IOException {
        CaptureAnalysis analysis;
        try (InputStream in = Files.newInputStream(file)) {
            analysis = CaptureAnalysis.of(in, settings, null);
        }
        List<SessionReport> out = new ArrayList<>();
        for (SessionReport made : analysis.reports()) {
            if (summarised.test(made.sessionId())) {
                continue; // the live hub made this one and the outbox owns it
            }
            SessionReport r = attribution.apply(made);
            ObjectNode json = (ObjectNode) MAPPER.readTree(r.json());
            json.put("recovered", true);
            String line = MAPPER.writeValueAsString(json);
            SessionReport marked = r.withJson(line);
            CompletableFuture<Void> queued = publisher.publishSession(r.deviceId(), r.sessionId(), line);
            if (queued.isCompletedExceptionally()) {
                // Not even stored (outbox unwritable): leave the capture unhandled so the next start tries again.
                throw new IOException("the summary of recovered session " + r.sessionId() + " could not be queued");
            }
            LOG.info("Recovered session {} ({} reps) from {}, left open when the hub stopped", r.sessionId(),
                    r.summary().reps().size(), file.getFileName());
            out.add(marked);
        }
        return out;
    }

    /** What the index says about each capture, in the order they were opened. */
    private static Map<String, CaptureState> readIndex(Path index) throws IOException {
        Map<String, CaptureState> states = new LinkedHashMap<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = MAPPER.readTree(line);
            } catch (IOException torn) {
                continue; // a line cut short by the hub's death
            }
            String capture = n.path("capture").asText(null);
            if (capture == null) {
                continue;
            }
            CaptureState s = states.computeIfAbsent(capture, c -> new CaptureState());
            switch (n.path("event").asText("")) {
                case "opened" -> s.openedAt = parseInstant(n.path("at").asText(null));
                case "closed" -> s.closed = true;
                case "published" -> s.published.add(n.path("sessionId").asText());
                default -> {
                }
            }
        }
        return states;
    }

    private static Instant parseInstant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Set<String> readHandled(Path file) throws IOException {
        Set<String> handled = new HashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    handled.add(MAPPER.readTree(line).path("capture").asText());
                } catch (IOException torn) {
                    // a torn last line: that capture is simply looked at again
                }
            }
        }
        return handled;
    }

    private static void markHandled(Path file, String capture) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("capture", capture);
        o.put("at", Instant.now().toString());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap((MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    private static final class CaptureState {
        Instant openedAt;
        boolean closed;
        final Set<String> published = new HashSet<>();
    }
}
