package org.rollerhub.protocol;

/** BUTTON body: device time (u32), press (u8: 1 short, 2 long). */
final class ButtonCodec implements BodyCodec<Button> {
    static final int BODY_BYTES = 5;

    @Override
    public int type() {
        return PacketTypes.BUTTON;
    }

    @Override
    public int bodyLength(Button p) {
        return BODY_BYTES;
    }

    @Override
    public void encodeBody(Button p, byte[] b, int o) {
        LittleEndian.u32(b, o, p.tUs());
        LittleEndian.u8(b, o + 4, p.press().code());
    }

    @Override
    public Button decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < BODY_BYTES) {
            throw BodyCodec.shortBody("BUTTON", BODY_BYTES, len);
        }
        int code = LittleEndian.u8(b, o + 4);
        Button.Press press = Button.Press.ofCode(code);
        if (press == null) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "BUTTON press code " + code);
        }
        return new Button(seq, LittleEndian.u32(b, o), press);
    }
}
