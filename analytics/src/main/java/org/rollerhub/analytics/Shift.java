package org.rollerhub.analytics;

/**
 * A segment shift: the roller rolled, outside reps and loaded, from one resting position to the
 * next by 1.0 cm or more net.
 *
 * @param atS when the roll began, seconds from the session's start
 * @param fromLevel level at the resting position before
 * @param toLevel level at the resting position after
 * @param distanceCm signed net distance, cm, positive toward the head
 */
public record Shift(double atS, Level fromLevel, Level toLevel, double distanceCm) {
}
