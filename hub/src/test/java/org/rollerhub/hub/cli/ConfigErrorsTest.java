package org.rollerhub.hub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.testing.HubProcess;

/**
 * A bad config file, a bad environment variable and a bad command-line value each stop
 * {@code run} with exit code 2 and a message naming the key, without a stack trace. The hub runs
 * as a child JVM, as a user runs it.
 */
class ConfigErrorsTest {
    @TempDir
    Path dir;

    private static void assertNamedError(HubProcess.Result r, String... expected) {
        assertEquals(2, r.exitCode(), "exit code; stderr:\n" + r.stderr());
        for (String e : expected) {
            assertTrue(r.stderr().contains(e), "stderr should name '" + e + "':\n" + r.stderr());
        }
        assertFalse(r.stderr().contains("Exception"), "no exception shown:\n" + r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace:\n" + r.stderr());
    }

    @Test
    void badValueInConfigFileNamesTheKeyAndTheFile() throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, "broker: tcp://127.0.0.1:1\nuser:\n  statureCm: tall\nrollers:\n  - tcp: 127.0.0.1:1\n");
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "run", "--config", file.toString(), "--data-dir", dir.toString());
        assertNamedError(r, "user.statureCm", "tall", file.toString());
    }

    @Test
    void unknownKeyInConfigFileIsNamed() throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, "brokr: tcp://127.0.0.1:1\n");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--config", file.toString()), "unknown key 'brokr'");
    }

    @Test
    void badRollerEntryAndBadYamlAndMissingFileAreNamed() throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, "rollers:\n  - tcp: no-port-here\n");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--config", file.toString()), "rollers[0].tcp", "HOST:PORT");

        Files.writeString(file, "user: [unclosed\n");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--config", file.toString()), "not valid YAML", "line");

        Path missing = dir.resolve("nope.yaml");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--config", missing.toString()), missing.toString(), "not found");
    }

    @Test
    void badCommandLineValuesNameTheOption() throws Exception {
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--tcp", "127.0.0.1:1", "--stature-cm", "20",
                "--data-dir", dir.toString()), "--stature-cm", "100..250");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--tcp", "localhost", "--data-dir", dir.toString()),
                "--tcp", "HOST:PORT");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--tcp", "127.0.0.1:1", "--start-level", "T99",
                "--data-dir", dir.toString()), "--start-level", "T99");
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--tcp", "127.0.0.1:1", "--broker", "http://x",
                "--data-dir", dir.toString()), "--broker", "tcp://HOST:PORT");
        // picocli's own check of a number
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "run", "--exit-after-sessions", "many");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("--exit-after-sessions"), r.stderr());
    }

    @Test
    void badEnvironmentValueNamesTheVariable() throws Exception {
        HubProcess.Result r = HubProcess.run(Map.of("ROLLER_OUTBOX_MAX_ENTRIES", "lots"), 60,
                "run", "--tcp", "127.0.0.1:1", "--data-dir", dir.toString());
        assertNamedError(r, "outbox.maxEntries", "ROLLER_OUTBOX_MAX_ENTRIES");
    }

    @Test
    void brokerUrlWithUserAndPasswordExits2WithoutPrintingThePassword() throws Exception {
        HubProcess.Result r = HubProcess.run(Map.of(), 60, "run", "--tcp", "127.0.0.1:1",
                "--broker", "tcp://bob:secret@127.0.0.1:1883", "--data-dir", dir.toString());
        assertNamedError(r, "--broker", "username", "passwordFile");
        assertFalse(r.stderr().contains("secret"), r.stderr());
        HubProcess.Result demo = HubProcess.run(Map.of(), 60, "demo", "--broker", "tcp://bob:secret@127.0.0.1:1883");
        assertNamedError(demo, "--broker", "username", "passwordFile");
        assertFalse(demo.stderr().contains("secret") || demo.stdout().contains("secret"), demo.stdout() + demo.stderr());
    }

    @Test
    void garbageCaFileOfAnSslBrokerExits2NamingTheFileAndTheKey() throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, "garbage\n");
        HubProcess.Result r = HubProcess.run(Map.of("ROLLER_CA_FILE", ca.toString()), 60, "run",
                "--tcp", "127.0.0.1:1", "--broker", "ssl://127.0.0.1:1", "--data-dir", dir.toString());
        assertNamedError(r, "caFile", "ROLLER_CA_FILE", ca.toString());
    }

    @Test
    void noRollersIsAConfigurationError() throws Exception {
        assertNamedError(HubProcess.run(Map.of(), 60, "run", "--data-dir", dir.toString()), "no rollers", "--serial");
    }
}
