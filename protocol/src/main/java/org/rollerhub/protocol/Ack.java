package org.rollerhub.protocol;

/**
 * ACK (0x06): the roller's answer to every command.
 *
 * @param seq sender sequence number
 * @param ackedSeq the {@code seq} of the command answered
 * @param result what the roller made of it
 */
public record Ack(int seq, int ackedSeq, Result result) implements RollerPacket {

    /** The answer, with its wire code. */
    public enum Result {
        OK(0), UNKNOWN_COMMAND(1), BAD_ARGUMENTS(2), BUSY(3);

        private final int code;

        Result(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The result for a wire code, or {@code null} for a code the spec does not define. */
        public static Result ofCode(int code) {
            return code >= 0 && code < values().length ? values()[code] : null;
        }
    }

    @Override
    public int type() {
        return PacketTypes.ACK;
    }
}
