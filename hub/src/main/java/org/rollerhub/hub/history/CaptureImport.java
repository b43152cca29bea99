package org.rollerhub.hub.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rollerhub.pipeline.SessionReport;

/**
 * Files the sessions of an analysed capture into the history ({@code analyze --store},
 * {@code history import}): idempotent by session id, so a capture imported twice, or one whose
 * sessions the live hub kept already, adds nothing. A recording's summaries carry no wall-clock
 * time: each is dated by when its capture was opened (from the capture index, else the file's
 * modification time) plus its start's offset from the first session's.
 */
public final class CaptureImport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaptureImport() {
    }

    /** @return how many sessions were new to the store */
    public static int add(HubHistory history, List<SessionReport> reports, Instant openedAt) {
        int added = 0;
        long firstUs = reports.isEmpty() ? 0 : reports.get(0).summary().startUs();
        for (SessionReport r : reports) {
            Instant when = openedAt.plusNanos((r.summary().startUs() - firstUs) * 1000L);
            added += history.keep(r, when) ? 1 : 0;
        }
        return added;
    }

    /** When each capture in {@code <dataDir>/captures} was opened, by file name, from the capture index. */
    public static Map<String, Instant> openedTimes(Path dataDir) {
        Map<String, Instant> out = new HashMap<>();
        Path index = dataDir.resolve("captures").resolve("index.jsonl");
        if (!Files.isRegularFile(index)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                try {
                    JsonNode n = MAPPER.readTree(line);
                    if ("opened".equals(n.path("event").asText()) && n.path("capture").isTextual()) {
                        out.put(n.path("capture").asText(), Instant.parse(n.path("at").asText()));
                    }
                } catch (IOException | RuntimeException torn) {
                    // a line cut short by a crash: that capture is dated by its file
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** When {@code capture} was opened: the index's word for it, else its modification time. */
    public static Instant openedAt(Path capture, Map<String, Instant> index) throws IOException {
        Instant known = index.get(capture.getFileName().toString());
        return known != null ? known : Files.getLastModifiedTime(capture).toInstant();
    }
}
