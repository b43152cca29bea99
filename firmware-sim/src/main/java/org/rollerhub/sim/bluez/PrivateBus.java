package org.rollerhub.sim.bluez;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private {@code dbus-daemon}, for tests and for trying the BlueZ double without root: a
 * system-type bus on a unix socket path (not abstract) in a fresh temporary folder, with a policy
 * that lets the current user own any name (such as {@code org.bluez}) and talk to anyone. Point
 * the hub at it with {@code DBUS_SYSTEM_BUS_ADDRESS}. Closing it stops the daemon and removes the
 * folder.
 */
public final class PrivateBus implements AutoCloseable {
    private final Path dir;
    private final Process daemon;
    private final String address;

    private PrivateBus(Path dir, Process daemon, String address) {
        this.dir = dir;
        this.daemon = daemon;
        this.address = address;
    }

    public static PrivateBus start() throws IOException {
        Path dir = Files.createTempDirectory("rollerhub-dbus-");
        Path socket = dir.resolve("bus");
        Path conf = dir.resolve("bus.conf");
        Files.writeString(conf, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>system</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow user="*"/>
                    <allow own="*"/>
                    <allow send_type="method_call"/>
                    <allow send_type="signal"/>
                    <allow send_type="method_return"/>
                    <allow send_type="error"/>
                    <allow receive_type="method_call"/>
                    <allow receive_type="signal"/>
                    <allow receive_type="method_return"/>
                    <allow receive_type="error"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        // A shell minds the daemon: it kills it once our end of its stdin closes, which happens
        // on close() and also when this JVM dies, so no daemon outlives its test (nor holds the
        // test runner's pipes open).
        Path log = dir.resolve("daemon.log");
        String script = "dbus-daemon --config-file='" + conf + "' --print-address --nofork 2>>'" + log
                + "' & d=$!; read -r _; kill $d; wait $d";
        Process p = new ProcessBuilder("sh", "-c", script)
                .redirectError(log.toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("unix:")) {
            p.destroyForcibly();
            throw new IOException("dbus-daemon did not start (printed " + line + ")");
        }
        return new PrivateBus(dir, p, line.trim());
    }


    /** The bus's D-Bus address, such as {@code unix:path=/tmp/rollerhub-dbus-1/bus,guid=...}. */
    public String address() {
        return address;
    }

    /** Stops the daemon: every connection on it drops. */
    public void kill() throws IOException, InterruptedException {
        daemon.getOutputStream().close();
        if (!daemon.waitFor(10, TimeUnit.SECONDS)) {
            daemon.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        kill();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
