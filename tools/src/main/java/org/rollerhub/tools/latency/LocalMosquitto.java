package org.rollerhub.tools.latency;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.rollerhub.hub.mqtt.broker.FreePort;

/** A throw-away mosquitto on a free loopback port, for the benchmarks when no broker is given. */
public final class LocalMosquitto implements AutoCloseable {
    private final Process process;
    private final int port;

    private LocalMosquitto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static LocalMosquitto start(String binary) throws IOException, InterruptedException {
        return start(binary, List.of());
    }

    /** As {@link #start(String)}, with {@code extraLines} added to its configuration. */
    public static LocalMosquitto start(String binary, List<String> extraLines) throws IOException, InterruptedException {
        int port = FreePort.on(InetAddress.getLoopbackAddress());
        Path dir = Files.createTempDirectory("bench-mosquitto");
        Path conf = dir.resolve("mosquitto.conf");
        List<String> lines = new java.util.ArrayList<>(List.of("user " + System.getProperty("user.name"),
                "allow_anonymous true", "log_dest none", "listener " + port + " 127.0.0.1"));
        lines.addAll(extraLines);
        Files.write(conf, lines);
        Process p = new ProcessBuilder(binary, "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("mosquitto.out")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return new LocalMosquitto(p, port);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IOException("mosquitto did not listen on " + port);
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
