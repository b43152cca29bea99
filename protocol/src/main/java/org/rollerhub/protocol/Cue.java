package org.rollerhub.protocol;

/**
 * CUE (0x85): a cue the user feels (vibration) or sees (LED) during the exercise. The roller
 * answers ACK OK and plays it at once, cutting short a cue still playing; ACK BAD_ARGUMENTS when
 * it lacks the actuator the cue needs; ACK UNKNOWN_COMMAND when it predates the command.
 *
 * @param seq sender sequence number
 * @param pattern the vibration pattern
 * @param durationMs how long the pattern may take, ms (0..65535); 0 = the pattern's own length
 * @param led the LED colour, {@link LedColour#NONE} for no light
 */
public record Cue(int seq, Pattern pattern, int durationMs, LedColour led) implements HubCommand {

    /** The vibration pattern, with its wire code. */
    public enum Pattern {
        /** One short pulse. */
        ATTENTION(1),
        /** Two short pulses: correct the movement. */
        CORRECT(2),
        /** One long soft pulse: well done. */
        GOOD(3),
        /** Three short pulses: stop. */
        STOP(4);

        private final int code;

        Pattern(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The pattern for a wire code, or {@code null} for a code the spec does not define. */
        public static Pattern ofCode(int code) {
            return code >= 1 && code <= values().length ? values()[code - 1] : null;
        }
    }

    /** The LED colour, with its wire code. */
    public enum LedColour {
        NONE(0), GREEN(1), AMBER(2), RED(3);

        private final int code;

        LedColour(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The colour for a wire code, or {@code null} for a code the spec does not define. */
        public static LedColour ofCode(int code) {
            return code >= 0 && code < values().length ? values()[code] : null;
        }
    }

    public Cue {
        if (pattern == null || led == null) {
            throw new IllegalArgumentException("a cue needs a pattern and an LED colour (NONE for no light)");
        }
        if (durationMs < 0 || durationMs > 0xFFFF) {
            throw new IllegalArgumentException("cue duration " + durationMs + " ms is outside 0..65535");
        }
    }

    @Override
    public int type() {
        return PacketTypes.CUE;
    }

    /** Whether playing it needs the vibration motor (every pattern does). */
    public boolean needsVibration() {
        return true;
    }

    /** Whether playing it needs the LED. */
    public boolean needsLed() {
        return led != LedColour.NONE;
    }
}
