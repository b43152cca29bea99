package org.rollerhub.protocol;

/** ACK body: acked seq (u16), result (u8). */
final class AckCodec implements BodyCodec<Ack> {
    static final int BODY_BYTES = 3;

    @Override
    public int type() {
        return PacketTypes.ACK;
    }

    @Override
    public int bodyLength(Ack p) {
        return BODY_BYTES;
    }

    @Override
    public void encodeBody(Ack p, byte[] b, int o) {
        LittleEndian.u16(b, o, p.ackedSeq());
        LittleEndian.u8(b, o + 2, p.result().code());
    }

    @Override
    public Ack decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < BODY_BYTES) {
            throw BodyCodec.shortBody("ACK", BODY_BYTES, len);
        }
        int code = LittleEndian.u8(b, o + 2);
        Ack.Result result = Ack.Result.ofCode(code);
        if (result == null) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "ACK result code " + code);
        }
        return new Ack(seq, LittleEndian.u16(b, o), result);
    }
}
