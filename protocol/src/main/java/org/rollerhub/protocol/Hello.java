package org.rollerhub.protocol;

import java.util.List;

/**
 * HELLO (0x01): who the roller is and how to read its samples. Sent on connect, in answer to
 * GET_INFO and after TARE.
 *
 * @param seq sender sequence number
 * @param protocolVersion protocol version the firmware speaks (1)
 * @param firmwareMajor firmware version, major
 * @param firmwareMinor firmware version, minor
 * @param firmwarePatch firmware version, patch
 * @param deviceId the device id (u64)
 * @param imuRateHz IMU output data rate, Hz
 * @param accelRangeG accelerometer full scale, g (2, 4, 8, 16)
 * @param gyroRangeDps gyroscope full scale, degrees/s (250, 500, 1000, 2000)
 * @param pressureRateHz pressure output data rate, Hz
 * @param diameterMm roller outer diameter, mm
 * @param lengthMm roller length, mm
 * @param cells per cell, left to right: newtons per count and zero offset (1..8 cells)
 * @param capabilities the actuators the roller has: {@link #VIBRATION} and {@link #LED} bits; 0 for
 *     a roller without any, or one that predates the field (its HELLO ends after the cell table)
 */
public record Hello(
        int seq,
        int protocolVersion,
        int firmwareMajor,
        int firmwareMinor,
        int firmwarePatch,
        long deviceId,
        int imuRateHz,
        int accelRangeG,
        int gyroRangeDps,
        int pressureRateHz,
        int diameterMm,
        int lengthMm,
        List<CellCalibration> cells,
        int capabilities) implements RollerPacket {

    /** Most pressure cells a roller may have. */
    public static final int MAX_CELLS = 8;
    /** {@link #capabilities} bit: the roller has a vibration motor. */
    public static final int VIBRATION = 1;
    /** {@link #capabilities} bit: the roller has an LED. */
    public static final int LED = 2;
    /** The bits protocol version 1 defines; the others are reserved and ignored. */
    public static final int KNOWN_CAPABILITIES = VIBRATION | LED;

    /** One pressure cell's calibration: force in newtons = (counts − zeroCounts) × newtonsPerCount. */
    public record CellCalibration(float newtonsPerCount, int zeroCounts) {
    }

    public Hello {
        cells = List.copyOf(cells);
        capabilities &= KNOWN_CAPABILITIES;
    }

    /** A HELLO without actuators (capabilities 0), as rollers before the CUE command send it. */
    public Hello(int seq, int protocolVersion, int firmwareMajor, int firmwareMinor, int firmwarePatch, long deviceId,
            int imuRateHz, int accelRangeG, int gyroRangeDps, int pressureRateHz, int diameterMm, int lengthMm,
            List<CellCalibration> cells) {
        this(seq, protocolVersion, firmwareMajor, firmwareMinor, firmwarePatch, deviceId, imuRateHz, accelRangeG,
                gyroRangeDps, pressureRateHz, diameterMm, lengthMm, cells, 0);
    }

    /** Whether the roller has a vibration motor. */
    public boolean hasVibration() {
        return (capabilities & VIBRATION) != 0;
    }

    /** Whether the roller has an LED. */
    public boolean hasLed() {
        return (capabilities & LED) != 0;
    }

    @Override
    public int type() {
        return PacketTypes.HELLO;
    }

    /** The device id as 16 lowercase hex digits. */
    public String deviceIdHex() {
        return String.format("%016x", deviceId);
    }

    /** The firmware version as {@code major.minor.patch}. */
    public String firmware() {
        return firmwareMajor + "." + firmwareMinor + "." + firmwarePatch;
    }

    /** Number of pressure cells. */
    public int cellCount() {
        return cells.size();
    }
}
