package org.rollerhub.protocol;

/** STATUS body: battery mV (u16), percent (u8), temperature (i16, 0.1 °C), flags (u8), dropped (u16). */
final class StatusCodec implements BodyCodec<Status> {
    static final int BODY_BYTES = 8;

    @Override
    public int type() {
        return PacketTypes.STATUS;
    }

    @Override
    public int bodyLength(Status p) {
        return BODY_BYTES;
    }

    @Override
    public void encodeBody(Status p, byte[] b, int o) {
        LittleEndian.u16(b, o, p.batteryMv());
        LittleEndian.u8(b, o + 2, p.batteryPct());
        LittleEndian.u16(b, o + 3, p.temperatureDeciC());
        LittleEndian.u8(b, o + 5, p.flags());
        LittleEndian.u16(b, o + 6, p.droppedSamples());
    }

    @Override
    public Status decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < BODY_BYTES) {
            throw BodyCodec.shortBody("STATUS", BODY_BYTES, len);
        }
        return new Status(seq, LittleEndian.u16(b, o), LittleEndian.u8(b, o + 2), LittleEndian.i16(b, o + 3),
                LittleEndian.u8(b, o + 5), LittleEndian.u16(b, o + 6));
    }
}
