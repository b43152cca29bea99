package org.rollerhub.hub.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;

/** The live state machine alone: what changes it, what does not, and the level's dwell. */
class LiveEntityStateTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00.123456Z");

    @Test
    void aSessionSetsInSessionLevelsAndCompensationsAndItsEndClearsTheLevel() {
        LiveEntityState s = new LiveEntityState(0);
        assertEquals(LiveState.IDLE, s.state());
        assertFalse(s.level(0, "T6"), "no level outside a session");
        assertTrue(s.event(new SessionEvent.SessionStarted(1_000_000), T0));
        assertTrue(s.state().inSession());
        assertFalse(s.event(new SessionEvent.RepStarted(1_100_000, Level.T6), T0), "a rep changes none of it");
        assertTrue(s.level(1_200_000, "T6"));
        assertFalse(s.level(1_300_000, "T6"), "the same level again is no change");
        assertTrue(s.level(1_400_000, "T7"));
        assertEquals("T7", s.state().level());
        assertFalse(s.event(new SessionEvent.CompensationOnset(1_500_000, Level.T8, 1.2), T0),
                "the onset is only a hint; the rep's verdict counts");
        Instant at = T0.plusSeconds(3);
        assertTrue(s.event(new SessionEvent.CompensationDetected(1_600_000, Level.T8, 1.5), at));
        assertEquals(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), s.state().lastCompensationAt());
        assertEquals("T8", s.state().lastCompensationLevel());
        assertEquals("T7", s.state().level(), "the level stays where the contact is");
        assertTrue(s.event(new SessionEvent.SessionEnded(9_000_000, null), T0));
        assertFalse(s.state().inSession());
        assertNull(s.state().level());
        assertEquals("T8", s.state().lastCompensationLevel(), "the last compensation outlives its session");
        assertFalse(s.level(9_100_000, "T5"), "no level after the end");
    }

    @Test
    void aLevelCountsOnlyOnceItHasBeenUnderTheContactForTheDwell() {
        LiveEntityState s = new LiveEntityState(500_000);
        s.event(new SessionEvent.SessionStarted(0), T0);
        List<String> published = new ArrayList<>();
        // 10 Hz trace: T6 for 1 s, then flapping T6/T7 on the border every 100 ms for 2 s, then T7 for good
        long t = 0;
        for (int i = 0; i < 10; i++, t += 100_000) {
            record(s, t, "T6", published);
        }
        for (int i = 0; i < 20; i++, t += 100_000) {
            record(s, t, i % 2 == 0 ? "T7" : "T6", published);
        }
        for (int i = 0; i < 10; i++, t += 100_000) {
            record(s, t, "T7", published);
        }
        assertEquals(List.of("T6", "T7"), published, "the flapping border made no changes");
    }

    @Test
    void theJsonHasEveryKeyWithNullsForWhatIsUnknown() throws Exception {
        JsonNode idle = new ObjectMapper().readTree(LiveState.IDLE.json());
        assertFalse(idle.get("inSession").asBoolean());
        assertTrue(idle.get("level").isNull() && idle.get("lastCompensationAt").isNull()
                && idle.get("lastCompensationLevel").isNull(), idle.toString());
        JsonNode busy = new ObjectMapper().readTree(new LiveState(true, "T6", T0, "T8").json());
        assertEquals("2026-11-24T02:00:00.123Z", busy.get("lastCompensationAt").asText());
        assertEquals("T6", busy.get("level").asText());
        assertTrue(busy.get("inSession").asBoolean());
    }

    private static void record(LiveEntityState s, long t, String level, List<String> published) {
        if (s.level(t, level)) {
            published.add(s.state().level());
        }
    }
}
