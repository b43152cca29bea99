package org.rollerhub.protocol;

/**
 * STATUS (0x04): battery, temperature and health, about once a second.
 *
 * @param seq sender sequence number
 * @param batteryMv battery voltage, millivolts
 * @param batteryPct battery charge, percent
 * @param temperatureDeciC temperature, tenths of a degree Celsius
 * @param flags bit0 charging, bit1 battery low, bit2 IMU fault, bit3 pressure fault, bit4 sample
 *     buffer overflowed since the last STATUS
 * @param droppedSamples samples the firmware dropped since power-on (saturates at 65535)
 */
public record Status(int seq, int batteryMv, int batteryPct, int temperatureDeciC, int flags, int droppedSamples)
        implements RollerPacket {
    public static final int CHARGING = 1;
    public static final int BATTERY_LOW = 1 << 1;
    public static final int IMU_FAULT = 1 << 2;
    public static final int PRESSURE_FAULT = 1 << 3;
    public static final int BUFFER_OVERFLOW = 1 << 4;

    @Override
    public int type() {
        return PacketTypes.STATUS;
    }

    public double temperatureC() {
        return temperatureDeciC / 10.0;
    }

    public boolean charging() {
        return (flags & CHARGING) != 0;
    }

    public boolean batteryLow() {
        return (flags & BATTERY_LOW) != 0;
    }

    public boolean imuFault() {
        return (flags & IMU_FAULT) != 0;
    }

    public boolean pressureFault() {
        return (flags & PRESSURE_FAULT) != 0;
    }

    public boolean bufferOverflow() {
        return (flags & BUFFER_OVERFLOW) != 0;
    }
}
