package org.rollerhub.hub.recording;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's capture folder, {@code <dataDir>/captures}: one {@code .rlr} file per roller link per
 * hub start (a new one after midnight UTC or past {@link #MAX_FILE_BYTES}, once no session is open),
 * named {@code <yyyyMMdd'T'HHmmss'Z'>-<link>.rlr}, with {@code <link>} the transport's description
 * with every character outside {@code [A-Za-z0-9._-]} made {@code _} (for example
 * {@code 20261124T015500Z-serial__dev_ttyACM0_921600.rlr}).
 *
 * <p>Beside them, {@code index.jsonl} says, one JSON object per line, what each file holds:
 * {@code {"event":"opened","capture":F,"link":L,"at":T}}, {@code {"event":"device","capture":F,"deviceId":D,"firmware":V,"at":T}},
 * {@code {"event":"session","capture":F,"sessionId":S,"at":T}}, {@code {"event":"published","capture":F,"sessionId":S,"at":T}}
 * and {@code {"event":"closed","capture":F,"at":T}}. A file opened but never closed was being
 * written when the hub stopped without warning: its last session may be unpublished.
 *
 * <p>Every open capture is flushed to the operating system once a second ({@link #FLUSH_PERIOD_MS}),
 * so at most a second of data is lost if the hub dies. Thread-safe.
 */
public final class CaptureStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaptureStore.class);
    /** A capture is flushed to the OS this often, milliseconds. */
    public static final long FLUSH_PERIOD_MS = 1000;
    /** Past this size a capture is rolled over at the next moment no session is open. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** The index file's name in the capture folder. */
    public static final String INDEX = "index.jsonl";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final Clock clock;
    private final Retention retention;
    private final Set<CaptureRecorder> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;

    /**
     * @param dataDir the hub's data folder; captures go to its {@code captures} folder, made if missing
     * @param retention what to delete, checked a minute after start and hourly after that
     */
    public CaptureStore(Path dataDir, Clock clock, Retention retention) throws IOException {
        this.dir = dataDir.resolve("captures");
        this.clock = clock;
        this.retention = retention;
        Files.createDirectories(dir);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "capture-flush");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::flushAll, FLUSH_PERIOD_MS, FLUSH_PERIOD_MS, TimeUnit.MILLISECONDS);
        // First a minute after start, so start-up recovery reads a killed hub's captures before any go.
        timer.scheduleWithFixedDelay(this::applyRetention, 60, 3600, TimeUnit.SECONDS);
    }

    /** The capture folder. */
    public Path dir() {
        return dir;
    }

    /** Opens a recorder for one roller link; its first file opens with the first bytes. */
    public CaptureRecorder recorder(String linkDescription) {
        return new CaptureRecorder(this, linkDescription);
    }

    Path newFile(String linkDescription) {
        String slug = linkDescription.replaceAll("[^A-Za-z0-9._-]", "_");
        String stamp = STAMP.format(clock.instant());
        Path file = dir.resolve(stamp + "-" + slug + ".rlr");
        for (int i = 2; Files.exists(file); i++) {
            file = dir.resolve(stamp + "-" + slug + "-" + i + ".rlr");
        }
        return file;
    }

    Clock clock() {
        return clock;
    }

    void opened(CaptureRecorder r) {
        open.add(r);
    }

    void closed(CaptureRecorder r) {
        open.remove(r);
    }

    /** Appends one line to the index; {@code fields} alternate key and value. */
    void index(String event, Path capture, Object... fields) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("event", event);
        o.put("capture", capture.getFileName().toString());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            o.put((String) fields[i], String.valueOf(fields[i + 1]));
        }
        o.put("at", clock.instant().toString());
        try {
            String line = MAPPER.writeValueAsString(o) + "\n";
            synchronized (this) {
                Files.writeString(dir.resolve(INDEX), line, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            LOG.warn("cannot write the capture index: {}", e.getMessage());
        }
    }

    private void flushAll() {
        for (CaptureRecorder r : open) {
            r.flush();
        }
    }

    /** Deletes what the retention rule says, leaving open captures alone. */
    public void applyRetention() {
        try {
            Set<Path> keep = ConcurrentHashMap.newKeySet();
            for (CaptureRecorder r : open) {
                Path f = r.file();
                if (f != null) {
                    keep.add(f);
                }
            }
            retention.apply(dir, keep, clock.instant());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("capture retention failed: {}", e.getMessage());
        }
    }

    /** Flushes and closes every open capture and stops the timer. */
    @Override
    public void close() {
        timer.shutdownNow();
        for (CaptureRecorder r : open) {
            r.close();
        }
    }
}
