package org.rollerhub.sim;

import java.util.Locale;
import org.rollerhub.protocol.Hello;

/**
 * What a simulated roller has to play a CUE with, and whether its firmware knows the command.
 * A {@link #LEGACY} roller predates CUE: it answers ACK 1 (unknown command) and its HELLO carries
 * no capabilities byte, as every roller did before; that is the default, so generated captures are
 * unchanged. The others answer CUE with ACK 0 when they have what the cue needs (vibration for every
 * pattern, the LED for a colour other than none), else ACK 2 (bad arguments).
 */
public enum Actuators {
    /** Firmware before the CUE command: ACK 1, no capabilities in HELLO. */
    LEGACY("legacy", false, 0),
    /** Knows CUE but has no actuator: ACK 2 to every cue. */
    NONE("none", true, 0),
    /** A vibration motor only: cues without a colour play, cues with one get ACK 2. */
    VIBRATION("vibration", true, Hello.VIBRATION),
    /** An LED only: every cue gets ACK 2 (every pattern needs the motor). */
    LED("led", true, Hello.LED),
    /** A vibration motor and an LED. */
    BOTH("both", true, Hello.VIBRATION | Hello.LED);

    private final String label;
    private final boolean knowsCue;
    private final int capabilities;

    Actuators(String label, boolean knowsCue, int capabilities) {
        this.label = label;
        this.knowsCue = knowsCue;
        this.capabilities = capabilities;
    }

    /** Whether the firmware knows the CUE command. */
    public boolean knowsCue() {
        return knowsCue;
    }

    /** HELLO's capabilities bits ({@link Hello#VIBRATION}, {@link Hello#LED}). */
    public int capabilities() {
        return capabilities;
    }

    /** The name on the command line: legacy, none, vibration, led or both. */
    public String label() {
        return label;
    }

    /** The actuators called {@code text} (case-insensitive). */
    public static Actuators parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Actuators a : values()) {
            if (a.label.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("actuators must be legacy, none, vibration, led or both, not '" + text + "'");
    }
}
