package org.rollerhub.analytics;

/**
 * One IMU sample in physical units, in the roller's frame (+X along the axis toward the end marked L).
 *
 * @param tUs device time, µs, unwrapped (monotonic 64-bit)
 * @param axG acceleration along X, g
 * @param ayG acceleration along Y, g
 * @param azG acceleration along Z, g
 * @param gxRadS angular rate about X, rad/s
 * @param gyRadS angular rate about Y, rad/s
 * @param gzRadS angular rate about Z, rad/s
 */
public record ImuSample(long tUs, double axG, double ayG, double azG, double gxRadS, double gyRadS, double gzRadS) {
}
