package org.rollerhub.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The service jar ships the service only: no developer tools (evaluation, scorecard, latency
 * benchmark) and one logging backend. Runs in this module because the reactor has packaged the
 * hub's jar by the time the tools' tests run.
 */
class ServiceJarContentsTest {

    private static Path serviceJar() {
        Path jar = Path.of("..", "hub", System.getProperty("roller.target", "target"), "roller-hub.jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar.toAbsolutePath() + ": run the reactor build (mvn verify), "
                + "which packages the hub before these tests");
        return jar;
    }

    @Test
    void theServiceJarHoldsNoDeveloperToolsAndOneLoggingBackend() throws IOException {
        try (JarFile jar = new JarFile(serviceJar().toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(e -> e.getName()).toList();
            assertTrue(names.contains("org/rollerhub/hub/HubMain.class"), "not the service jar");
            List<String> tools = names.stream().filter(n -> n.startsWith("org/rollerhub/tools/")
                    || n.contains("Scorecard") || n.contains("BenchLatency") || n.endsWith("/Evaluation.class")).toList();
            assertEquals(List.of(), tools, "developer tools in the service jar");
            List<String> otherBackends = names.stream().filter(n -> n.startsWith("org/apache/log4j/")
                    || n.startsWith("org/slf4j/impl/") || n.startsWith("org/slf4j/reload4j/")
                    || n.startsWith("org/apache/logging/log4j/core/")).toList();
            assertEquals(List.of(), otherBackends, "a second logging backend in the service jar");
            String providers = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.slf4j.spi.SLF4JServiceProvider"))
                    .readAllBytes(), StandardCharsets.UTF_8).strip();
            assertEquals("ch.qos.logback.classic.spi.LogbackServiceProvider", providers);
        }
    }
}
