package org.rollerhub.protocol;

/** PRESSURE body: t0 (u32), n (u8, 1..), C (u8, 1..8), then n·C u16 counts. */
final class PressureCodec implements BodyCodec<PressureBatch> {
    static final int FIXED_BYTES = 6;

    @Override
    public int type() {
        return PacketTypes.PRESSURE;
    }

    @Override
    public int bodyLength(PressureBatch p) {
        return FIXED_BYTES + 2 * p.counts().length;
    }

    @Override
    public void encodeBody(PressureBatch p, byte[] b, int o) {
        LittleEndian.u32(b, o, p.t0Us());
        LittleEndian.u8(b, o + 4, p.sampleCount());
        LittleEndian.u8(b, o + 5, p.cells());
        int[] c = p.counts();
        for (int i = 0, at = o + FIXED_BYTES; i < c.length; i++, at += 2) {
            LittleEndian.u16(b, at, c[i]);
        }
    }

    @Override
    public PressureBatch decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < FIXED_BYTES) {
            throw BodyCodec.shortBody("PRESSURE", FIXED_BYTES, len);
        }
        int n = LittleEndian.u8(b, o + 4);
        int cells = LittleEndian.u8(b, o + 5);
        if (n < 1 || cells < 1 || cells > Hello.MAX_CELLS) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE,
                    "PRESSURE with " + n + " samples of " + cells + " cells");
        }
        int need = FIXED_BYTES + 2 * n * cells;
        if (len < need) {
            throw BodyCodec.shortBody("PRESSURE", need, len);
        }
        int[] counts = new int[n * cells];
        for (int i = 0, at = o + FIXED_BYTES; i < counts.length; i++, at += 2) {
            counts[i] = LittleEndian.u16(b, at);
        }
        return new PressureBatch(seq, LittleEndian.u32(b, o), cells, counts);
    }
}
