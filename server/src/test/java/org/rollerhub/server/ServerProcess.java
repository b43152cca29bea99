package org.rollerhub.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code roller-server run} in a child JVM on the test class path, as a service manager starts
 * it; its log (standard error) goes to a file the test reads. {@link #kill} is SIGKILL.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code roller-server run ARGS}, appending its output to {@code log}. */
    static ServerProcess start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ServerMain.class.getName());
        cmd.add("run");
        cmd.add("--no-web"); // several instances on one machine; the web UI has its own tests
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("ROLLER_"));
        pb.redirectInput(new File("/dev/null"));
        return new ServerProcess(pb.start(), log);
    }

    /** Waits until the log holds {@code text} {@code times} times; fails with the log if it does not in time. */
    void awaitLog(String text, int times, long timeoutMs) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (count(log(), text) >= times) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("server exited with " + process.exitValue() + " before logging '" + text + "':\n" + log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not log '" + text + "' within " + timeoutMs + " ms:\n" + log());
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** SIGKILL (Process.destroyForcibly on Linux): nothing of the server runs after it. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if it has not stopped in 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
