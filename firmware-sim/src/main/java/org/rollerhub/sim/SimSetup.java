package org.rollerhub.sim;

/**
 * Who lies on the roller and what the roller is: everything fixed for a whole capture.
 *
 * @param massKg body mass, kg (45–120 in the session model)
 * @param statureCm stature, cm (150–200)
 * @param startLevel thoracic level at the contact point when each session starts, "T1".."T12"
 * @param diameterMm roller outer diameter, mm (100–150)
 * @param lengthMm roller length, mm
 * @param cells pressure cells, 4..8 (1..8 allowed)
 * @param imuHz IMU output data rate, Hz
 * @param pressureHz pressure output data rate, Hz
 * @param accelRangeG accelerometer full scale, g (2, 4, 8, 16)
 * @param gyroRangeDps gyroscope full scale, °/s (250, 500, 1000, 2000)
 * @param deviceId device id (u64)
 * @param deviceT0Us device clock at the capture's start, µs (u32)
 * @param link the link the capture travelled over
 */
public record SimSetup(
        double massKg,
        double statureCm,
        String startLevel,
        int diameterMm,
        int lengthMm,
        int cells,
        int imuHz,
        int pressureHz,
        int accelRangeG,
        int gyroRangeDps,
        long deviceId,
        long deviceT0Us,
        LinkKind link) {

    /** Standard gravity, m/s². */
    public static final double G = 9.80665;

    public SimSetup {
        check(massKg >= 20 && massKg <= 300, "mass " + massKg + " kg out of 20..300");
        check(statureCm >= 100 && statureCm <= 250, "stature " + statureCm + " cm out of 100..250");
        SpineMap.thoracicIndex(startLevel);
        check(diameterMm >= 30 && diameterMm <= 400, "diameter " + diameterMm + " mm out of 30..400");
        check(lengthMm >= 100 && lengthMm <= 2000, "length " + lengthMm + " mm out of 100..2000");
        check(cells >= 1 && cells <= 8, "cells " + cells + " out of 1..8");
        check(imuHz >= 1 && imuHz <= 5000, "IMU rate " + imuHz + " Hz out of 1..5000");
        check(pressureHz >= 1 && pressureHz <= 1000, "pressure rate " + pressureHz + " Hz out of 1..1000");
        check(accelRangeG == 2 || accelRangeG == 4 || accelRangeG == 8 || accelRangeG == 16,
                "accelerometer full scale must be 2, 4, 8 or 16 g");
        check(gyroRangeDps == 250 || gyroRangeDps == 500 || gyroRangeDps == 1000 || gyroRangeDps == 2000,
                "gyroscope full scale must be 250, 500, 1000 or 2000 °/s");
        check(deviceT0Us >= 0 && deviceT0Us < (1L << 32), "device t0 must be a u32");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Roller radius, cm. */
    public double radiusCm() {
        return diameterMm / 20.0;
    }

    /** Body weight, N. */
    public double weightN() {
        return massKg * G;
    }

    public SimSetup withRates(int imu, int pressure) {
        return new SimSetup(massKg, statureCm, startLevel, diameterMm, lengthMm, cells, imu, pressure,
                accelRangeG, gyroRangeDps, deviceId, deviceT0Us, link);
    }

    public SimSetup withLink(LinkKind l) {
        return new SimSetup(massKg, statureCm, startLevel, diameterMm, lengthMm, cells, imuHz, pressureHz,
                accelRangeG, gyroRangeDps, deviceId, deviceT0Us, l);
    }
}
