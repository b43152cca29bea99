package org.rollerhub.sim.bluez;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GLib's {@code gdbus} tool: a D-Bus client independent of dbus-java, to check what the double puts on the wire. */
final class Gdbus {
    private Gdbus() {
    }

    /** Result of one call: exit code, standard output, standard error. */
    record Result(int exit, String out, String err) {
    }

    /** {@code gdbus call} of {@code method} on {@code path} of {@code org.bluez}, with GVariant text arguments. */
    static Result call(String address, String path, String method, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("gdbus", "call", "--address", address, "--dest", "org.bluez",
                "--object-path", path, "--method", method));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("gdbus hung: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Like {@link #call} but fails on an error reply. */
    static String ok(String address, String path, String method, String... args) throws IOException, InterruptedException {
        Result r = call(address, path, method, args);
        if (r.exit() != 0) {
            throw new AssertionError(method + " failed: " + r.err());
        }
        return r.out();
    }
}
