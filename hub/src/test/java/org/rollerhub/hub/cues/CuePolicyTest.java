package org.rollerhub.hub.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.protocol.Cue;

class CuePolicyTest {
    private static SessionEvent onset(double atS) {
        return new SessionEvent.CompensationOnset(Math.round(atS * 1e6), Level.T9, 1.0);
    }

    @Test
    void defaultsMapEventsToPatterns() {
        CuePolicy p = new CuePolicy(CueSettings.DEFAULTS.withMinGapSeconds(0));
        CuePolicy.Request r = p.decide(onset(1), true, true);
        assertEquals(new CuePolicy.Request(CueTrigger.COMPENSATION_ONSET, Cue.Pattern.CORRECT, Cue.LedColour.AMBER, 0), r);
        assertEquals(Cue.Pattern.STOP, p.decide(new SessionEvent.ZoneReached(2_000_000, Level.C), true, true).pattern());
        assertEquals(Cue.LedColour.RED, p.decide(new SessionEvent.ZoneReached(3_000_000, Level.L), true, true).led());
        assertNull(p.decide(new SessionEvent.HoldReached(4_000_000, Level.T8), true, true), "hold cue is off by default");
        assertNull(p.decide(new SessionEvent.ZoneEntered(5_000_000, Level.C), true, true), "the merged zone event is not a trigger");
        assertNull(p.decide(new SessionEvent.RepStarted(6_000_000, Level.T8), true, true));
    }

    @Test
    void autoModeNeedsAVibrationMotorAndDropsAMissingLed() {
        CuePolicy p = new CuePolicy(CueSettings.DEFAULTS.withMinGapSeconds(0));
        assertNull(p.decide(onset(1), false, false));
        assertNull(p.decide(onset(2), false, true));
        assertEquals(Cue.LedColour.NONE, p.decide(onset(3), true, false).led());
        CuePolicy on = new CuePolicy(CueSettings.DEFAULTS.withMode(CueSettings.Mode.ON));
        assertEquals(Cue.LedColour.AMBER, on.decide(onset(1), false, false).led(), "on: the roller's ACK decides");
        assertNull(new CuePolicy(CueSettings.DEFAULTS.withMode(CueSettings.Mode.OFF)).decide(onset(1), true, true));
    }

    @Test
    void minimumGapOnDeviceTimeAndQuiet() {
        CuePolicy p = new CuePolicy(CueSettings.DEFAULTS.withMinGapSeconds(3));
        assertNotNull(p.decide(onset(10), true, true));
        assertNull(p.decide(onset(12.9), true, true));
        assertNotNull(p.decide(onset(13.0), true, true));
        p.update(p.settings().withQuiet(true));
        assertNull(p.decide(onset(100), true, true));
        p.update(p.settings().withQuiet(false).withRule(CueTrigger.HOLD, CueRule.on(Cue.Pattern.GOOD, Cue.LedColour.GREEN)));
        assertEquals(Cue.Pattern.GOOD, p.decide(new SessionEvent.HoldReached(200_000_000, Level.T8), true, true).pattern());
    }
}
