package org.rollerhub.hub.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.transport.Transports;

/** The loader's precedence (defaults, file, environment, command line), its keys and the example file. */
class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void theExampleConfigFileLoadsWithEveryDocumentedKey() throws Exception {
        Path example = Path.of("..", "config", "hub.yaml");
        HubConfig c = ConfigLoader.load(example, "test", Map.of("HOSTNAME", "pi"), CommandLineOverrides.none());
        assertEquals("tcp://localhost:1883", c.mqtt().brokerUrl());
        assertEquals("roller", c.mqtt().topicPrefix());
        assertEquals("pi", c.mqtt().hubId());
        assertEquals("roller-hub-pi", c.mqtt().clientId());
        assertEquals(List.of(new RollerSpec("serial", "/dev/ttyACM0", 921600)), c.rollers());
        assertEquals(Path.of("/var/lib/roller-hub"), c.dataDir());
        assertEquals(Path.of("/var/lib/roller-hub/outbox"), c.mqtt().outboxDir());
        assertEquals(30, c.retention().days());
        assertEquals(10_000, c.linkIdleTimeoutMs());
    }

    @Test
    void environmentBeatsFileAndCommandLineBeatsEnvironment() throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, String.join("\n",
                "broker: tcp://file:1883",
                "topicPrefix: fromfile",
                "user:",
                "  statureCm: 180",
                "  startLevel: T7",
                "rollers:",
                "  - tcp: 10.0.0.2:7000",
                "  - ble: auto",
                "homeAssistant:",
                "  discovery: yes",
                "retention:",
                "  maxTotalMb: 5",
                ""));
        Map<String, String> env = Map.of(
                "ROLLER_BROKER", "tcp://env:1883",
                "ROLLER_TOPIC_PREFIX", "fromenv",
                "ROLLER_USER_STATURE_CM", "175",
                "ROLLER_MQTT_PASSWORD", "s3cret",
                "ROLLER_ROLLERS", "serial:/dev/ttyUSB0:115200,tcp:[::1]:7001",
                "ROLLER_DATA_DIR", dir.toString());
        HubConfig c = ConfigLoader.load(file, "test", env, new CommandLineOverrides(
                Map.of(ConfigKeys.BROKER, "tcp://cli:1883"), Map.of(ConfigKeys.BROKER, "--broker"), List.of()));
        assertEquals("tcp://cli:1883", c.mqtt().brokerUrl());
        assertEquals("fromenv", c.mqtt().topicPrefix());
        assertEquals(175.0, c.user().statureCm());
        assertEquals(Level.T7, c.user().startLevel());
        assertEquals("s3cret", c.mqtt().password());
        assertTrue(c.mqtt().homeAssistantDiscovery());
        assertEquals(5, c.retention().maxTotalMb());
        assertEquals(List.of(new RollerSpec("serial", "/dev/ttyUSB0", 115200), new RollerSpec("tcp", "[::1]:7001", 0)),
                c.rollers());
        assertTrue(c.mqtt().toString().contains("password=***"));

        // links on the command line replace the configured ones
        HubConfig cli = ConfigLoader.load(file, "test", Map.of(), new CommandLineOverrides(Map.of(), Map.of(),
                List.<String[]>of(new String[] {"serial", "/dev/pts/9"})));
        assertEquals(List.of(new RollerSpec("serial", "/dev/pts/9", 921600)), cli.rollers());
        assertNull(cli.mqtt().password());
    }

    @Test
    void recordingsAreLinksInTheFileAndTheEnvironmentAndAMissingOneIsNamed() throws Exception {
        Path capture = dir.resolve("a.rlr");
        Files.write(capture, new byte[] {0});
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, "rollers:\n  - file: " + capture + "\n");
        HubConfig c = ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none());
        assertEquals(List.of(new RollerSpec("file", capture.toString(), 0)), c.rollers());
        assertEquals(false, Transports.of(c.rollers().get(0), 1000, 2).live());
        assertEquals(2.0, Transports.of(c.rollers().get(0), 1000, 2).playbackSpeed());

        HubConfig env = ConfigLoader.load(null, "test", Map.of("ROLLER_ROLLERS", "file:" + capture), CommandLineOverrides.none());
        assertEquals(c.rollers(), env.rollers());

        Path missing = dir.resolve("gone.rlr");
        Files.writeString(file, "rollers:\n  - file: " + missing + "\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none()));
        assertTrue(e.getMessage().contains("rollers[0].file") && e.getMessage().contains("no such capture file"), e.getMessage());
    }

    @Test
    void passwordComesFromItsFileAndMissingFilesAreNamed() throws Exception {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "from-file\n");
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, "username: u\npasswordFile: " + pw + "\n");
        HubConfig c = ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none());
        assertEquals("from-file", c.mqtt().password());

        Files.writeString(file, "caFile: " + dir.resolve("absent.pem") + "\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none()));
        assertTrue(e.getMessage().contains("caFile"), e.getMessage());

        Files.writeString(file, "clientCertFile: " + pw + "\n");
        e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none()));
        assertTrue(e.getMessage().contains("clientKeyFile"), e.getMessage());
    }

    @Test
    void brokerUrlWithCredentialsIsRefusedWithoutShowingThePassword() throws Exception {
        for (Map<String, String> env : List.of(Map.of("ROLLER_BROKER", "tcp://bob:secret@127.0.0.1:1883"),
                Map.of("ROLLER_BROKER", "ssl://bob:secret@broker.local:8883"))) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> ConfigLoader.load(null, "test", env, CommandLineOverrides.none()));
            assertTrue(e.getMessage().contains("ROLLER_BROKER") && e.getMessage().contains("username")
                    && e.getMessage().contains("passwordFile"), e.getMessage());
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
        // A URL too broken to parse is not shown either when it holds an '@'.
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, "test",
                Map.of("ROLLER_BROKER", "tcp://bob:sec ret@host:1883"), CommandLineOverrides.none()));
        assertFalse(e.getMessage().contains("sec ret"), e.getMessage());
    }

    @Test
    void garbageTlsFilesOfAnSslBrokerAreConfigurationErrorsNamingKeyAndFile() throws Exception {
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "this is not a certificate\n");
        for (String key : List.of("caFile", "clientCertFile", "clientKeyFile")) {
            Path file = dir.resolve("hub.yaml");
            String other = key.equals("clientCertFile") ? "clientKeyFile" : key.equals("clientKeyFile") ? "clientCertFile" : null;
            Files.writeString(file, "broker: ssl://127.0.0.1:8883\n" + key + ": " + garbage + "\n"
                    + (other == null ? "" : other + ": " + garbage + "\n"));
            ConfigException e = assertThrows(ConfigException.class,
                    () -> ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none()));
            assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("bad value for " + (other == null ? key : "clientCertFile")), e.getMessage());
        }
    }

    @Test
    void startLevelOutsideT1ToT12IsNamedWithTheRange() throws Exception {
        for (String level : List.of("T99", "L3", "C")) {
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, "test",
                    Map.of("ROLLER_USER_START_LEVEL", level), CommandLineOverrides.none()));
            assertTrue(e.getMessage().contains("user.startLevel") && e.getMessage().contains("T1..T12"), e.getMessage());
        }
    }

    @Test
    void everyKeyHasItsEnvironmentVariableByTheRule() {
        assertEquals("ROLLER_BROKER", ConfigKeys.envName("broker"));
        assertEquals("ROLLER_TOPIC_PREFIX", ConfigKeys.envName("topicPrefix"));
        assertEquals("ROLLER_USER_STATURE_CM", ConfigKeys.envName("user.statureCm"));
        assertEquals("ROLLER_HOME_ASSISTANT_DISCOVERY", ConfigKeys.envName("homeAssistant.discovery"));
        for (ConfigKeys.Key k : ConfigKeys.all()) {
            assertTrue(ConfigKeys.markdownTable().contains("`" + k.env() + "`"), k.path());
        }
    }
}
