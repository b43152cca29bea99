package org.rollerhub.protocol;

/** START_STREAM body: IMU rate (u16), pressure rate (u16); 0 keeps the current rate. */
final class StartStreamCodec implements BodyCodec<StartStream> {
    static final int BODY_BYTES = 4;

    @Override
    public int type() {
        return PacketTypes.START_STREAM;
    }

    @Override
    public int bodyLength(StartStream p) {
        return BODY_BYTES;
    }

    @Override
    public void encodeBody(StartStream p, byte[] b, int o) {
        LittleEndian.u16(b, o, p.imuRateHz());
        LittleEndian.u16(b, o + 2, p.pressureRateHz());
    }

    @Override
    public StartStream decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < BODY_BYTES) {
            throw BodyCodec.shortBody("START_STREAM", BODY_BYTES, len);
        }
        return new StartStream(seq, LittleEndian.u16(b, o), LittleEndian.u16(b, o + 2));
    }
}
