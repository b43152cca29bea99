package org.rollerhub.hub.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rollerhub.hub.mqtt.broker.FreePort;

/**
 * A real Mosquitto broker for a test: {@code mosquitto -c <conf>} on a free loopback port, in a
 * temporary folder of its own, stopped by {@link #close()}. The one broker helper of the hub's
 * tests: with {@link #record} for a subscriber, {@link #AS_TEST_USER} and {@link #PERSISTENT} for
 * configurations, {@link #awaitAutosave} before a {@link #kill()}.
 *
 * <p>Usage: {@code try (MosquittoBroker broker = MosquittoBroker.start()) { ... broker.url() ... }},
 * or one per test class: {@code @RegisterExtension static final MosquittoBroker broker =
 * MosquittoBroker.perClass();} (started before the class's first test, stopped after its last).
 * Extra configuration lines (TLS, password file) go after the {@code listener} line, so listener
 * options apply to it. {@link #stop()} (or {@link #kill()}) and {@link #restart()} take the broker
 * away and bring it back on the same port, for reconnect tests. The binary is
 * {@code /usr/sbin/mosquitto} unless the system property or environment variable
 * {@code MOSQUITTO} names another.
 */
public final class MosquittoBroker implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private static final long START_TIMEOUT_MS = 10_000;

    /**
     * Run as whoever runs the tests (started as root, mosquitto would switch to user
     * {@code mosquitto} and could not write its database or read the test's files), and queue
     * without limit for offline persistent sessions.
     */
    public static final String AS_TEST_USER = "user " + System.getProperty("user.name") + "\n"
            + "max_queued_messages 0\n"
            + "max_inflight_messages 0\n";

    /**
     * Sessions and retained messages kept in {@code mosquitto.db} in the broker's folder (its
     * working directory), saved every second.
     */
    public static final String PERSISTENT = AS_TEST_USER
            + "persistence true\n"
            + "autosave_interval 1\n";

    private final String extraConfig;
    private Path dir;
    private int port;
    private Process process;

    private MosquittoBroker(String extraConfig) {
        this.extraConfig = extraConfig;
    }

    /** An anonymous broker for a test class, started and stopped by JUnit ({@code @RegisterExtension}). */
    public static MosquittoBroker perClass() {
        return new MosquittoBroker("");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        launchOnAFreePort();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts an anonymous broker on a free loopback port. */
    public static MosquittoBroker start() throws IOException {
        return start("");
    }

    /**
     * Starts a broker with {@code extraConfig} appended after its {@code listener} line.
     * Anonymous clients are allowed unless the extra lines say otherwise
     * ({@code allow_anonymous false}: the later line wins).
     */
    public static MosquittoBroker start(String extraConfig) throws IOException {
        MosquittoBroker broker = new MosquittoBroker(extraConfig);
        broker.launchOnAFreePort();
        return broker;
    }

    private void launchOnAFreePort() throws IOException {
        IOException last = null;
        // A free port found now may be taken before mosquitto binds it: try a few.
        for (int attempt = 0; attempt < 5; attempt++) {
            dir = Files.createTempDirectory("mosquitto-test");
            port = freePort();
            try {
                launch();
                return;
            } catch (IOException e) {
                last = e;
                close();
            }
        }
        throw last;
    }

    /** A loopback port nobody listens on at the moment ({@link FreePort#on} on the loopback address). */
    public static int freePort() throws IOException {
        return FreePort.on(InetAddress.getLoopbackAddress());
    }

    /** The broker's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** {@code tcp://127.0.0.1:<port>}. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** {@code ssl://127.0.0.1:<port>} (for a broker started with TLS lines). */
    public String sslUrl() {
        return "ssl://127.0.0.1:" + port;
    }

    /** A subscriber recording every message on {@code topicFilter}, connected now. */
    public MqttRecorder record(String topicFilter) throws MqttException {
        return MqttRecorder.subscribe(url(), topicFilter);
    }

    /**
     * Waits until a {@link #PERSISTENT} broker has saved its database after now (autosave runs every
     * second), so that a following {@link #kill()} keeps sessions and subscriptions made so far.
     */
    public void awaitAutosave() throws IOException, InterruptedException {
        Path db = dir.resolve("mosquitto.db");
        long since = System.currentTimeMillis();
        long deadline = since + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(db) && Files.getLastModifiedTime(db).toMillis() > since + 100) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("mosquitto did not save " + db + ":\n" + log());
    }

    /** The folder holding the configuration and the broker's log. */
    public Path dir() {
        return dir;
    }

    /** What the broker logged so far, for failure messages. */
    public String log() {
        try {
            Path log = dir.resolve("mosquitto.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Whether the broker process is running. */
    public boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the broker (clients see the connection drop); {@link #restart()} brings it back on the same port. */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /**
     * Kills the broker ({@code SIGKILL}): it saves nothing more (with {@code persistence true} in
     * the extra lines, what its last autosave wrote survives); {@link #restart()} brings it back on
     * the same port.
     */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Starts the broker again on the same port (retained messages are gone unless the extra lines ask for persistence). */
    public void restart() throws IOException {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    private void launch() throws IOException {
        Path conf = dir.resolve("mosquitto.conf");
        String text = "per_listener_settings false\n"
                + "allow_anonymous true\n"
                + "persistence false\n"
                + "log_dest stdout\n"
                + "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
                + "listener " + port + " 127.0.0.1\n"
                + extraConfig + (extraConfig.endsWith("\n") || extraConfig.isEmpty() ? "" : "\n");
        Files.writeString(conf, text, StandardCharsets.UTF_8);
        String binary = System.getProperty("MOSQUITTO", System.getenv().getOrDefault("MOSQUITTO", "/usr/sbin/mosquitto"));
        ProcessBuilder pb = new ProcessBuilder(binary, "-c", conf.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.log").toFile()));
        process = pb.start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + " on port " + port + ":\n" + log());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while starting mosquitto", e);
                }
            }
        }
        stop();
        throw new IOException("mosquitto did not listen on port " + port + " within " + START_TIMEOUT_MS + " ms:\n" + log());
    }

    @Override
    public String toString() {
        return "mosquitto@" + url();
    }
}
