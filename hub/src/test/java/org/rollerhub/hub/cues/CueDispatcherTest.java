package org.rollerhub.hub.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.protocol.Ack;
import org.rollerhub.protocol.Cue;
import org.rollerhub.protocol.Hello;

class CueDispatcherTest {
    private final List<Cue> written = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private int seq = 40;
    private long now = 5_000_000;
    private final CueDispatcher d = new CueDispatcher(new CuePolicy(CueSettings.DEFAULTS.withMinGapSeconds(0)), make -> {
        Cue c = make.apply(seq);
        written.add(c);
        return seq++;
    }, (id, json) -> events.add(json), () -> now);

    private static Hello hello(int capabilities) {
        return new Hello(1, 1, 1, 0, 0, 0xabcL, 1000, 4, 1000, 100, 125, 400,
                List.of(new Hello.CellCalibration(0.05f, 100)), capabilities);
    }

    private void onset(long tUs) {
        String cue = d.event("0000000000000abc", new SessionEvent.CompensationOnset(tUs, Level.T9, 1.1), tUs + 12_000, 2_000_000);
        if (cue != null) {
            events.add(cue);
        }
    }

    @Test
    void sendsAndReportsTheLatency() {
        d.connected();
        d.hello(hello(Hello.VIBRATION | Hello.LED));
        onset(1_000_000);
        assertEquals(List.of(new Cue(40, Cue.Pattern.CORRECT, 0, Cue.LedColour.AMBER)), written);
        // 12 ms old in its batch, written 3 ms after the batch arrived
        assertTrue(events.get(0).contains("\"latencyMs\":15.0"), events.get(0));
        assertTrue(events.get(0).contains("\"trigger\":\"compensation-onset\""), events.get(0));
    }

    @Test
    void unknownCommandOrBadArgumentsEndCuesOnThisConnectionOnly() {
        for (Ack.Result refusal : List.of(Ack.Result.UNKNOWN_COMMAND, Ack.Result.BAD_ARGUMENTS)) {
            written.clear();
            events.clear();
            d.connected();
            d.hello(hello(Hello.VIBRATION | Hello.LED));
            onset(1_000_000);
            d.ack(new Ack(9, seq - 1, refusal)); // the cue just written
            assertTrue(d.refused(), "refused after " + refusal);
            onset(2_000_000);
            assertEquals(1, written.size());
            assertEquals(CueDispatcher.Outcome.REFUSED_BY_ROLLER,
                    d.command(new CuePolicy.Request(null, Cue.Pattern.GOOD, Cue.LedColour.GREEN, 0)));
            assertTrue(events.get(events.size() - 1).contains("cue-refused"));
            d.connected();
            onset(3_000_000);
            assertEquals(2, written.size(), "a new connection is asked again");
        }
    }

    @Test
    void anAckForAnotherCommandOrOkChangesNothing() {
        d.connected();
        d.hello(hello(Hello.VIBRATION));
        onset(1_000_000);
        d.ack(new Ack(9, 7, Ack.Result.UNKNOWN_COMMAND)); // GET_INFO's, say
        d.ack(new Ack(10, 40, Ack.Result.OK));
        onset(2_000_000);
        assertEquals(2, written.size());
        assertEquals(Cue.LedColour.NONE, written.get(0).led(), "no LED reported: no colour asked for");
    }

    @Test
    void noCuesForARollerWithoutActuators() {
        d.connected();
        d.hello(hello(0));
        onset(1_000_000);
        assertTrue(written.isEmpty());
        assertEquals(CueDispatcher.Outcome.CUES_OFF,
                d.command(new CuePolicy.Request(null, Cue.Pattern.GOOD, Cue.LedColour.GREEN, 0)));
    }
}
