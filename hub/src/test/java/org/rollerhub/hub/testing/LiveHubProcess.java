package org.rollerhub.hub.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The hub running in a child JVM ({@code org.rollerhub.hub.HubMain} on the test class path), its
 * standard output and error collected line by line as they come, so a test can wait for a log
 * line while the hub runs. Close it to kill the hub if it is still running.
 */
public final class LiveHubProcess implements AutoCloseable {
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();
    private final List<Long> outNanos = new ArrayList<>(); // when each stdout line came, System.nanoTime()

    private LiveHubProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out, outNanos, "hub-stdout");
        pump(process.getErrorStream(), err, null, "hub-stderr");
    }

    /** Starts the hub with {@code args}, the machine's ROLLER_* variables removed and {@code env} added. */
    public static LiveHubProcess start(Map<String, String> env, String... args) throws IOException {
        return start(List.of(), List.of(), env, args);
    }

    /**
     * As {@link #start(Map, String...)}, the JVM started behind {@code wrapper} (such as
     * {@code strace ...}; empty for none) and given {@code jvmOptions} (such as {@code -Dname=value}).
     */
    public static LiveHubProcess start(List<String> wrapper, List<String> jvmOptions, Map<String, String> env,
            String... args) throws IOException {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-XX:TieredStopAtLevel=1"); // starts faster; the hub's load here is light
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.rollerhub.hub.HubMain");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("ROLLER_"));
        // No web UI unless a test asks for it: hubs run side by side, and port 8080 is one.
        pb.environment().put("ROLLER_WEB_ENABLED", "false");
        pb.environment().putAll(env);
        pb.redirectInput(new File("/dev/null"));
        return new LiveHubProcess(pb.start());
    }

    private void pump(InputStream in, List<String> lines, List<Long> arrivals, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    long now = System.nanoTime();
                    synchronized (this) {
                        lines.add(line);
                        if (arrivals != null) {
                            arrivals.add(now);
                        }
                        notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** Waits for a standard-error line containing {@code text}; false after {@code timeoutMs}. */
    public synchronized boolean awaitStderr(String text, long timeoutMs) throws InterruptedException {
        return awaitStderr(text, 1, timeoutMs);
    }

    /** Waits until {@code count} standard-error lines contain {@code text}; false after {@code timeoutMs}. */
    public synchronized boolean awaitStderr(String text, int count, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (err.stream().filter(l -> l.contains(text)).count() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || (!process.isAlive() && err.stream().filter(l -> l.contains(text)).count() < count)) {
                return false;
            }
            wait(Math.min(left, 200));
        }
        return true;
    }

    /** Waits for the hub to exit; returns its exit code, or throws after {@code timeoutS}. */
    public int waitFor(long timeoutS) throws InterruptedException {
        if (!process.waitFor(timeoutS, TimeUnit.SECONDS)) {
            throw new AssertionError("hub still running after " + timeoutS + " s\n" + describe());
        }
        Thread.sleep(100); // let the pumps take the last lines
        return process.exitValue();
    }

    /** Standard output so far, by line. */
    public synchronized List<String> stdout() {
        return List.copyOf(out);
    }

    /**
     * When the first standard-output line containing {@code text} came ({@link System#nanoTime}), or
     * {@code Long.MIN_VALUE} if none has.
     */
    public synchronized long stdoutArrivalNanos(String text) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).contains(text)) {
                return outNanos.get(i);
            }
        }
        return Long.MIN_VALUE;
    }

    /** Standard error so far, by line. */
    public synchronized List<String> stderr() {
        return List.copyOf(err);
    }

    /** Both streams, for failure messages. */
    public synchronized String describe() {
        return "hub stderr:\n" + String.join("\n", err) + "\nhub stdout (" + out.size() + " lines)";
    }

    /** The process id of the hub (of its wrapper, when started behind one). */
    public long pid() {
        return process.pid();
    }

    /** Whether the hub (or its wrapper) still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * SIGKILL to the hub and everything it started (the JVM under a wrapper, the wrapper), then
     * waits for them to be gone.
     */
    public void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle h : all) {
            h.destroyForcibly();
        }
        for (ProcessHandle h : all) {
            h.onExit().join();
        }
        Thread.sleep(100); // let the pumps take the last lines
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
