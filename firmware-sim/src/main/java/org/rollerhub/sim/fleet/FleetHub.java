package org.rollerhub.sim.fleet;

/**
 * One simulated hub with its roller and its user.
 *
 * @param deviceId the roller, 16 lowercase hex digits (distinct across a fleet)
 * @param personId the person the hub names in {@code user.personId}, or null for a hub without
 *     people (the clinic attributes those by loan)
 * @param statureCm the user's stature, cm
 * @param startLevel index of the start level (1..12 for T1..T12)
 * @param lowLevel the head-most level the user rolls on (index)
 * @param highLevel the foot-most level the user rolls on (index)
 */
public record FleetHub(String deviceId, String personId, double statureCm, int startLevel, int lowLevel, int highLevel) {
}
