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
import org.rollerhub.hub.mqtt.broker.FreePort;

/**
 * A real Mosquitto broker for a test: {@code mosquitto -c <conf>} on a free loopback port, in a
 * temporary folder of its own, stopped by {@link #close()}.
 *
 * <p>Usage: {@code try (MosquittoBroker broker = MosquittoBroker.start()) { ... broker.url() ... }},
 * or one per test class in {@code @BeforeAll}/{@code @AfterAll}. Extra configuration lines (TLS,
 * password file) go after the {@code listener} line, so listener options apply to it.
 * {@link #stop()} (or {@link #kill()}) and {@link #restart()} take the broker away and bring it
 * back on the same port, for reconnect tests. The binary is {@code /usr/sbin/mosquitto} unless the system property or
 * environment variable {@code MOSQUITTO} names another.
 */
public final class MosquittoBroker implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 10_000;

    private final Path dir;
    private final String extraConfig;
    private final int port;
    private Process process;

    private MosquittoBroker(Path dir, String extraConfig, int port) {
        this.dir = dir;
        this.extraConfig = extraConfig;
        this.port = port;
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
        IOException last = null;
        // A free port found now may be taken before mosquitto binds it: try a few.
        for (int attempt = 0; attempt < 5; attempt++) {
            Path dir = Files.createTempDirectory("mosquitto-test");
            MosquittoBroker broker = new MosquittoBroker(dir, extraConfig, freePort());
            try {
                broker.launch();
                return broker;
            } catch (IOException e) {
                last = e;
                broker.close();
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
