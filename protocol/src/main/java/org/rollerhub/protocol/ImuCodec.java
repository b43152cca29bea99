package org.rollerhub.protocol;

/** IMU body: t0 (u32), n (u8, 1..19), then n samples of six i16 counts. */
final class ImuCodec implements BodyCodec<ImuBatch> {
    static final int FIXED_BYTES = 5;
    static final int SAMPLE_BYTES = 2 * ImuBatch.AXES;

    @Override
    public int type() {
        return PacketTypes.IMU;
    }

    @Override
    public int bodyLength(ImuBatch p) {
        return FIXED_BYTES + 2 * p.counts().length;
    }

    @Override
    public void encodeBody(ImuBatch p, byte[] b, int o) {
        LittleEndian.u32(b, o, p.t0Us());
        LittleEndian.u8(b, o + 4, p.sampleCount());
        short[] c = p.counts();
        for (int i = 0, at = o + FIXED_BYTES; i < c.length; i++, at += 2) {
            LittleEndian.u16(b, at, c[i]);
        }
    }

    @Override
    public ImuBatch decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < FIXED_BYTES) {
            throw BodyCodec.shortBody("IMU", FIXED_BYTES, len);
        }
        int n = LittleEndian.u8(b, o + 4);
        if (n < 1 || n > ImuBatch.MAX_SAMPLES) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "IMU sample count " + n);
        }
        int need = FIXED_BYTES + SAMPLE_BYTES * n;
        if (len < need) {
            throw BodyCodec.shortBody("IMU", need, len);
        }
        short[] counts = new short[n * ImuBatch.AXES];
        for (int i = 0, at = o + FIXED_BYTES; i < counts.length; i++, at += 2) {
            counts[i] = LittleEndian.i16(b, at);
        }
        return new ImuBatch(seq, LittleEndian.u32(b, o), counts);
    }
}
