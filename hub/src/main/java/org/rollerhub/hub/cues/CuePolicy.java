package org.rollerhub.hub.cues;

import org.rollerhub.analytics.SessionEvent;
import org.rollerhub.protocol.Cue;

/**
 * Which event becomes which cue: pure (events with their device time in, cue requests out; no
 * clock, no IO). A cue is due when the event's trigger is enabled, the policy is not quiet, the
 * mode lets this roller have cues ({@link CueSettings.Mode#AUTO}: only with a vibration motor) and
 * at least {@link CueSettings#minGapSeconds} of device time passed since the last cue due. Under
 * {@link CueSettings.Mode#AUTO}, on a roller without an LED the colour is left out
 * ({@link Cue.LedColour#NONE}), since a CUE asking for a missing LED is refused whole; under
 * {@link CueSettings.Mode#ON} the rule is sent as it is and the roller's ACK decides. Not
 * thread-safe: one link thread drives it; settings are replaced with {@link #update}.
 */
public final class CuePolicy {
    /** A cue to send. */
    public record Request(CueTrigger trigger, Cue.Pattern pattern, Cue.LedColour led, int durationMs) {
        public Cue toCue(int seq) {
            return new Cue(seq, pattern, durationMs, led);
        }
    }

    private CueSettings settings;
    private long lastCueUs = Long.MIN_VALUE;

    public CuePolicy(CueSettings settings) {
        this.settings = settings;
    }

    public CueSettings settings() {
        return settings;
    }

    /** New settings from now on (the gap since the last cue still counts). */
    public void update(CueSettings s) {
        settings = s;
    }

    /** Whether a roller with these HELLO capabilities gets cues under the current mode. */
    public boolean cuesFor(boolean vibration) {
        return switch (settings.mode()) {
            case OFF -> false;
            case ON -> true;
            case AUTO -> vibration;
        };
    }

    /**
     * The cue {@code event} calls for, or null.
     *
     * @param vibration whether the roller reports a vibration motor
     * @param led whether it reports an LED
     */
    public Request decide(SessionEvent event, boolean vibration, boolean led) {
        CueTrigger trigger = CueTrigger.of(event);
        if (trigger == null || settings.quiet() || !cuesFor(vibration)) {
            return null;
        }
        CueRule rule = settings.rule(trigger);
        if (!rule.enabled()) {
            return null;
        }
        long gapUs = Math.round(settings.minGapSeconds() * 1e6);
        if (lastCueUs != Long.MIN_VALUE && event.tUs() - lastCueUs < gapUs && event.tUs() >= lastCueUs) {
            return null;
        }
        lastCueUs = event.tUs();
        Cue.LedColour colour = led || settings.mode() == CueSettings.Mode.ON ? rule.led() : Cue.LedColour.NONE;
        return new Request(trigger, rule.pattern(), colour, rule.durationMs());
    }
}
