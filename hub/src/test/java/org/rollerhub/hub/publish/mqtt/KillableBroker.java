package org.rollerhub.hub.publish.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mosquitto} broker for the MQTT tests that need more than
 * {@code testing.MosquittoBroker} offers (SIGKILL, persistence): on a free loopback port, with its
 * own configuration, log and persistence folder. It can be stopped gracefully, killed ({@code SIGKILL}) and restarted
 * on the same port. Extra configuration lines (TLS, password file, persistence) go through
 * {@link #configLines(List)} before {@link #start()}.
 */
public final class KillableBroker implements AutoCloseable {
    /** Where Debian installs the broker; else found on the PATH. */
    private static final String BINARY = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";

    private final Path dir;
    private final int port;
    private final List<String> extraLines = new ArrayList<>();
    private boolean persistence;
    private boolean anonymous = true;
    private String listenerSuffix = "";
    private Process process;

    /** @param dir a folder for the configuration, log and database (e.g. a JUnit temp dir) */
    public KillableBroker(Path dir) throws IOException {
        this.dir = dir;
        this.port = freePort();
    }

    /** A loopback port nobody listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Keeps sessions and retained messages in {@code mosquitto.db}, saved every second. */
    public KillableBroker persistent() {
        this.persistence = true;
        return this;
    }

    /** Refuses clients without a user name (use with a {@code password_file} line). */
    public KillableBroker noAnonymous() {
        this.anonymous = false;
        return this;
    }

    /** Lines appended after the listener line (they apply to that listener: cafile, certfile...). */
    public KillableBroker configLines(List<String> lines) {
        extraLines.addAll(lines);
        return this;
    }

    public int port() {
        return port;
    }

    /** {@code tcp://127.0.0.1:<port>}. */
    public String tcpUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    /** {@code ssl://127.0.0.1:<port>} (when TLS lines were given). */
    public String sslUrl() {
        return "ssl://127.0.0.1:" + port;
    }

    public Path dir() {
        return dir;
    }

    public Path logFile() {
        return dir.resolve("mosquitto.log");
    }

    public Path databaseFile() {
        return dir.resolve("mosquitto.db");
    }

    /** Starts the broker and waits until it accepts TCP connections. */
    public synchronized KillableBroker start() throws IOException, InterruptedException {
        Path conf = dir.resolve("mosquitto.conf");
        List<String> lines = new ArrayList<>();
        lines.add("per_listener_settings false");
        // Run as whoever runs the tests: started as root, mosquitto would switch to user
        // "mosquitto" and could not write its database or read the test's files.
        lines.add("user " + System.getProperty("user.name"));
        lines.add("allow_anonymous " + anonymous);
        lines.add("log_dest file " + logFile());
        lines.add("log_type all");
        lines.add("max_queued_messages 0");
        lines.add("max_inflight_messages 0");
        if (persistence) {
            lines.add("persistence true");
            lines.add("persistence_location " + dir + "/");
            lines.add("autosave_interval 1");
        }
        lines.add("listener " + port + " 127.0.0.1" + listenerSuffix);
        lines.addAll(extraLines);
        Files.write(conf, lines, StandardCharsets.UTF_8);
        process = new ProcessBuilder(BINARY, "-c", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mosquitto.out").toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("mosquitto.out")) + readLog());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return this;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not open port " + port + ": " + readLog());
    }

    /** Graceful stop (SIGTERM): a persistent broker saves its database. */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** SIGKILL: nothing is saved beyond the last autosave. */
    public synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until the persistent broker has saved its database after now (autosave runs every
     * second), so that a following {@link #kill()} keeps sessions and subscriptions made so far.
     */
    public void awaitAutosave() throws IOException, InterruptedException {
        long since = System.currentTimeMillis();
        long deadline = since + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Path db = databaseFile();
            if (Files.exists(db) && Files.getLastModifiedTime(db).toMillis() > since + 100) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("mosquitto did not save " + databaseFile());
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The broker's log so far, for assertion messages. */
    public String readLog() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile()) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
