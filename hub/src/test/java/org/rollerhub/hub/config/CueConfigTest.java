package org.rollerhub.hub.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.hub.cues.CueRule;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.cues.CueTrigger;
import org.rollerhub.protocol.Cue;

/** The cues.* keys and a roller's own cue mode: read from the file and the environment, checked. */
class CueConfigTest {
    @TempDir
    Path dir;

    private HubConfig load(String yaml, Map<String, String> env) throws Exception {
        Path file = dir.resolve("hub.yaml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(file, "test", env, CommandLineOverrides.none());
    }

    @Test
    void defaultsAndOverrides() throws Exception {
        HubConfig none = load("rollers:\n  - tcp: 127.0.0.1:7000\n", Map.of());
        assertEquals(CueSettings.DEFAULTS, none.cues());
        assertFalse(none.cueCommands());
        HubConfig c = load("""
                cues:
                  mode: on
                  minGapS: 1.5
                  hold: good green 300
                  lumbarZone: "off"
                  commands: true
                rollers:
                  - {tcp: "127.0.0.1:7000", cues: off}
                  - {tcp: "127.0.0.1:7001"}
                """, Map.of("ROLLER_CUES_QUIET", "true"));
        assertEquals(CueSettings.Mode.ON, c.cues().mode());
        assertEquals(1.5, c.cues().minGapSeconds());
        assertTrue(c.cues().quiet(), "from the environment");
        assertEquals(new CueRule(true, Cue.Pattern.GOOD, Cue.LedColour.GREEN, 300), c.cues().rule(CueTrigger.HOLD));
        assertFalse(c.cues().rule(CueTrigger.LUMBAR_ZONE).enabled());
        assertTrue(c.cueCommands());
        assertEquals(CueSettings.Mode.OFF, c.cuesFor(c.rollers().get(0)).mode());
        assertEquals(CueSettings.Mode.ON, c.cuesFor(c.rollers().get(1)).mode());
    }

    @Test
    void badValuesNameTheKey() {
        for (String[] bad : new String[][] {
                {"cues:\n  mode: loud\n", "cues.mode"},
                {"cues:\n  compensationOnset: correct purple\n", "cues.compensationOnset"},
                {"cues:\n  minGapS: -1\n", "cues.minGapS"},
                {"cues:\n  volume: 3\n", "cues.volume"},
                {"rollers:\n  - {tcp: \"127.0.0.1:7000\", cues: maybe}\n", "rollers[0].cues"}}) {
            ConfigException e = assertThrows(ConfigException.class, () -> load(bad[0], Map.of()), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
