package org.rollerhub.hub.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The people keys: read from the file and the environment; a bad value names its key. */
class PeopleConfigTest {
    @TempDir
    Path dir;

    @Test
    void peopleKeysFromTheFileAndTheEnvironment() throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, String.join("\n", "user:", "  personId: anna", "  zone: Europe/Berlin", "people:",
                "  rollers: \"00112233aabbccdd=ben, 8899aabbccddeeff=cleo\"", ""));
        HubConfig c = ConfigLoader.load(file, "test", Map.of(), CommandLineOverrides.none());
        assertEquals("anna", c.people().personId());
        assertEquals(ZoneId.of("Europe/Berlin"), c.people().zone());
        assertEquals(Map.of("00112233aabbccdd", "ben", "8899aabbccddeeff", "cleo"), c.people().personByRoller());
        HubConfig env = ConfigLoader.load(file, "test", Map.of("ROLLER_USER_PERSON_ID", "dora", "ROLLER_USER_ZONE", "UTC"),
                CommandLineOverrides.none());
        assertEquals("dora", env.people().personId());
        assertEquals(ZoneId.of("UTC"), env.people().zone());
        HubConfig none = ConfigLoader.load(null, "test", Map.of(), CommandLineOverrides.none());
        assertNull(none.people().personId());
        assertTrue(none.people().personByRoller().isEmpty());
    }

    @Test
    void badValuesNameTheirKey() {
        for (Map.Entry<String, String> bad : Map.of("ROLLER_USER_PERSON_ID", "user.personId",
                "ROLLER_USER_ZONE", "user.zone", "ROLLER_PEOPLE_ROLLERS", "people.rollers").entrySet()) {
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(null, "test",
                    Map.of(bad.getKey(), "not valid!"), CommandLineOverrides.none()));
            assertTrue(e.getMessage().contains(bad.getValue()), e.getMessage());
        }
    }
}
