package org.rollerhub.hub.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.Hello;

class CueCommandsTest {
    private final List<String> results = new ArrayList<>();
    private final List<Cue> written = new ArrayList<>();
    private final CueDispatcher roller = new CueDispatcher(new CuePolicy(CueSettings.DEFAULTS), make -> {
        written.add(make.apply(5));
        return 5;
    }, (id, json) -> { }, System::nanoTime);

    CueCommandsTest() {
        roller.connected();
        roller.hello(new Hello(1, 1, 1, 0, 0, 0xabcL, 1000, 4, 1000, 100, 125, 400,
                List.of(new Hello.CellCalibration(0.05f, 100)), Hello.VIBRATION | Hello.LED));
    }

    private CueCommands commands(boolean enabled) {
        return new CueCommands(enabled, () -> List.of(roller), (id, json) -> results.add(json));
    }

    @Test
    void refusedUnlessEnabled() {
        commands(false).handle("0000000000000abc", "{\"action\":\"send\",\"pattern\":\"good\"}");
        assertTrue(results.get(0).contains("\"ok\":false") && results.get(0).contains("cues.commands"), results.get(0));
        assertTrue(written.isEmpty());
    }

    @Test
    void sendsAndChangesThePolicyForTheRollerNamed() {
        CueCommands c = commands(true);
        c.handle("0000000000000abc", "{\"action\":\"send\",\"pattern\":\"good\",\"led\":\"green\",\"durationMs\":400,\"id\":\"x\"}");
        assertEquals(List.of(new Cue(5, Cue.Pattern.GOOD, 400, Cue.LedColour.GREEN)), written);
        assertEquals("{\"ok\":true,\"id\":\"x\",\"action\":\"send\",\"result\":\"sent\"}", results.get(0));
        c.handle("0000000000000abc", "{\"action\":\"policy\",\"hold-reached\":\"good green 300\",\"quiet\":true}");
        assertEquals(new CueRule(true, Cue.Pattern.GOOD, Cue.LedColour.GREEN, 300),
                roller.settings().rule(CueTrigger.HOLD));
        assertTrue(roller.settings().quiet());
        c.handle("00000000000000ff", "{\"action\":\"send\",\"pattern\":\"good\"}");
        assertTrue(results.get(2).contains("no roller 00000000000000ff"), results.get(2));
    }

    @Test
    void badCommandsSayWhyAndChangeNothing() {
        CueCommands c = commands(true);
        CueSettings before = roller.settings();
        for (String bad : List.of("", "[]", "{\"action\":\"dance\"}", "{\"action\":\"send\"}",
                "{\"action\":\"send\",\"pattern\":\"good\",\"durationMs\":70000}",
                "{\"action\":\"send\",\"pattern\":\"good\",\"volume\":3}",
                "{\"action\":\"policy\",\"quiet\":true,\"mode\":\"loud\"}",
                "{\"action\":\"policy\",\"compensation-onset\":\"correct purple\"}",
                "{\"action\":\"policy\",\"minGapS\":\"3\"}")) {
            results.clear();
            c.handle("0000000000000abc", bad);
            assertTrue(results.get(0).startsWith("{\"ok\":false,\"error\":"), bad + " -> " + results);
        }
        assertEquals(before, roller.settings());
        assertTrue(written.isEmpty());
    }

    @Test
    void ruleText() {
        CueRule r = CueSettings.DEFAULTS.rule(CueTrigger.COMPENSATION_ONSET);
        assertEquals("correct amber", r.text());
        assertEquals("off", CueRule.parse("off", r).text());
        assertEquals("stop red 600", CueRule.parse(" Stop  RED 600 ", r).text());
        assertThrows(IllegalArgumentException.class, () -> CueRule.parse("stop", r));
        assertThrows(IllegalArgumentException.class, () -> CueRule.parse("stop red 70000", r));
    }
}
