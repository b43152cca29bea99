package org.rollerhub.protocol;

/**
 * BUTTON (0x05): a press of the roller's button.
 *
 * @param seq sender sequence number
 * @param tUs device time of the press, µs (u32)
 * @param press short or long
 */
public record Button(int seq, long tUs, Press press) implements RollerPacket {

    /** The kind of press, with its wire code. */
    public enum Press {
        SHORT(1), LONG(2);

        private final int code;

        Press(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The press for a wire code, or {@code null} for a code the spec does not define. */
        public static Press ofCode(int code) {
            return code == 1 ? SHORT : code == 2 ? LONG : null;
        }
    }

    @Override
    public int type() {
        return PacketTypes.BUTTON;
    }
}
