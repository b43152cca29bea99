package org.rollerhub.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * HELLO body: 24 fixed bytes, 6 bytes per cell, then the {@code capabilities} byte when the
 * roller has actuators. Decoding reads a byte after the cell table as capabilities (its reserved
 * bits ignored) and ignores any further bytes, which later versions may append.
 */
final class HelloCodec implements BodyCodec<Hello> {
    static final int FIXED_BYTES = 24;
    static final int CELL_BYTES = 6;

    @Override
    public int type() {
        return PacketTypes.HELLO;
    }

    @Override
    public int bodyLength(Hello p) {
        return FIXED_BYTES + CELL_BYTES * p.cells().size() + (p.capabilities() != 0 ? 1 : 0);
    }

    @Override
    public void encodeBody(Hello p, byte[] b, int o) {
        LittleEndian.u8(b, o, p.protocolVersion());
        LittleEndian.u8(b, o + 1, p.firmwareMajor());
        LittleEndian.u8(b, o + 2, p.firmwareMinor());
        LittleEndian.u8(b, o + 3, p.firmwarePatch());
        LittleEndian.u64(b, o + 4, p.deviceId());
        LittleEndian.u16(b, o + 12, p.imuRateHz());
        LittleEndian.u8(b, o + 14, p.accelRangeG());
        LittleEndian.u16(b, o + 15, p.gyroRangeDps());
        LittleEndian.u16(b, o + 17, p.pressureRateHz());
        LittleEndian.u8(b, o + 19, p.cells().size());
        LittleEndian.u16(b, o + 20, p.diameterMm());
        LittleEndian.u16(b, o + 22, p.lengthMm());
        int at = o + FIXED_BYTES;
        for (Hello.CellCalibration c : p.cells()) {
            LittleEndian.f32(b, at, c.newtonsPerCount());
            LittleEndian.u16(b, at + 4, c.zeroCounts());
            at += CELL_BYTES;
        }
        if (p.capabilities() != 0) {
            LittleEndian.u8(b, at, p.capabilities());
        }
    }

    @Override
    public Hello decodeBody(int seq, byte[] b, int o, int len) throws ProtocolException {
        if (len < FIXED_BYTES) {
            throw BodyCodec.shortBody("HELLO", FIXED_BYTES, len);
        }
        int cellCount = LittleEndian.u8(b, o + 19);
        if (cellCount < 1 || cellCount > Hello.MAX_CELLS) {
            throw new ProtocolException(ProtocolException.Kind.BAD_VALUE, "HELLO cell count " + cellCount);
        }
        int need = FIXED_BYTES + CELL_BYTES * cellCount;
        if (len < need) {
            throw BodyCodec.shortBody("HELLO", need, len);
        }
        List<Hello.CellCalibration> cells = new ArrayList<>(cellCount);
        for (int i = 0, at = o + FIXED_BYTES; i < cellCount; i++, at += CELL_BYTES) {
            cells.add(new Hello.CellCalibration(LittleEndian.f32(b, at), LittleEndian.u16(b, at + 4)));
        }
        return new Hello(seq,
                LittleEndian.u8(b, o),
                LittleEndian.u8(b, o + 1), LittleEndian.u8(b, o + 2), LittleEndian.u8(b, o + 3),
                LittleEndian.u64(b, o + 4),
                LittleEndian.u16(b, o + 12),
                LittleEndian.u8(b, o + 14),
                LittleEndian.u16(b, o + 15),
                LittleEndian.u16(b, o + 17),
                LittleEndian.u16(b, o + 20),
                LittleEndian.u16(b, o + 22),
                cells,
                len > need ? LittleEndian.u8(b, o + need) : 0);
    }
}
