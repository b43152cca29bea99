package org.rollerhub.hub.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code org.rollerhub.hub.HubMain} in a child JVM on the test class path, as a user runs
 * the jar, and collects its exit code and output.
 */
public final class HubProcess {

    /** What the child did. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private HubProcess() {
    }

    /** Runs the hub with {@code args} and extra environment {@code env}; kills it after {@code timeoutS}. */
    public static Result run(Map<String, String> env, long timeoutS, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.rollerhub.hub.HubMain");
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("hub-out", ".txt");
        Path err = Files.createTempFile("hub-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            // A clean environment for the keys under test: no ROLLER_* from the machine running the tests.
            pb.environment().keySet().removeIf(k -> k.startsWith("ROLLER_"));
            // No web UI unless a test asks for it: hubs run side by side, and port 8080 is one.
            pb.environment().put("ROLLER_WEB_ENABLED", "false");
            pb.environment().putAll(env);
            pb.redirectInput(new File("/dev/null"));
            Process p = pb.start();
            if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("hub did not finish within " + timeoutS + " s: " + String.join(" ", args)
                        + "\nstdout:\n" + Files.readString(out) + "\nstderr:\n" + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
