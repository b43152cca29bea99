package org.rollerhub.protocol;

/** CUE body: pattern (u8), duration ms (u16), LED colour (u8). */
final class CueCodec implements BodyCodec<Cue> {
    static final int BODY_BYTES = 4;

    @Override
    public int type() {
        return PacketTypes.CUE;
    }

    @Override
    public int bodyLength(Cue p) {
        return BODY_BYTES;
    }

    @Override
    public void encodeBody(Cue p, byte[] b, int o) {
        LittleEndian.u8(b, o, p.pattern().code());
        LittleEndian.u16(b, o + 1, p.durationMs());
        LittleEndian.u8(b, o + 3, p.led().code());
    }

    @Override
    public Cue decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < BODY_BYTES) {
            throw BodyCodec.shortBody("CUE", BODY_BYTES, len);
        }
        Cue.Pattern pattern = Cue.Pattern.ofCode(LittleEndian.u8(b, o));
        if (pattern == null) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "CUE pattern " + LittleEndian.u8(b, o));
        }
        Cue.LedColour led = Cue.LedColour.ofCode(LittleEndian.u8(b, o + 3));
        if (led == null) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "CUE LED colour " + LittleEndian.u8(b, o + 3));
        }
        return new Cue(seq, pattern, LittleEndian.u16(b, o + 1), led);
    }
}
