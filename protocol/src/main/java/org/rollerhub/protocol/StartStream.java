package org.rollerhub.protocol;

/**
 * START_STREAM (0x82): start sending samples, optionally at new rates.
 *
 * @param seq sender sequence number
 * @param imuRateHz IMU rate, Hz; 0 keeps the current rate
 * @param pressureRateHz pressure rate, Hz; 0 keeps the current rate
 */
public record StartStream(int seq, int imuRateHz, int pressureRateHz) implements HubCommand {
    @Override
    public int type() {
        return PacketTypes.START_STREAM;
    }
}
