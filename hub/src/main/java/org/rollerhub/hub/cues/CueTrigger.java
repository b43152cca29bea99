package org.rollerhub.hub.cues;

import java.util.Locale;
import org.rollerhub.analytics.Level;
import org.rollerhub.analytics.SessionEvent;

/** A live event that can trigger a cue, with its name in the configuration and in cue events. */
public enum CueTrigger {
    /** {@link SessionEvent.CompensationOnset}: the contact slid toward the feet during a rise. */
    COMPENSATION_ONSET("compensation-onset"),
    /** {@link SessionEvent.ZoneReached} in the neck zone. */
    NECK_ZONE("neck-zone-entered"),
    /** {@link SessionEvent.ZoneReached} in the lumbar zone. */
    LUMBAR_ZONE("lumbar-zone-entered"),
    /** {@link SessionEvent.HoldReached}: a rep's plateau lasted the hold minimum (2 s by default). */
    HOLD("hold-reached");

    private final String label;

    CueTrigger(String label) {
        this.label = label;
    }

    /** The event's name, e.g. {@code compensation-onset}. */
    public String label() {
        return label;
    }

    /** The trigger an event is, or null for an event that triggers no cue. */
    public static CueTrigger of(SessionEvent event) {
        if (event instanceof SessionEvent.CompensationOnset) {
            return COMPENSATION_ONSET;
        } else if (event instanceof SessionEvent.ZoneReached z) {
            return z.zone() == Level.C ? NECK_ZONE : LUMBAR_ZONE;
        } else if (event instanceof SessionEvent.HoldReached) {
            return HOLD;
        }
        return null;
    }

    /** The trigger called {@code text}, e.g. {@code neck-zone-entered}. */
    public static CueTrigger parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CueTrigger c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("cue trigger must be compensation-onset, neck-zone-entered, "
                + "lumbar-zone-entered or hold-reached, not '" + text + "'");
    }
}
