package org.rollerhub.analytics;

/**
 * What the analytics needs to know of the roller, from its HELLO.
 *
 * @param diameterMm outer diameter, mm (contact moves r·Δθ as it turns)
 * @param imuRateHz IMU output data rate, Hz
 * @param pressureRateHz pressure output data rate, Hz
 * @param cells number of pressure cells
 */
public record RollerSetup(double diameterMm, int imuRateHz, int pressureRateHz, int cells) {
}
