package org.rollerhub.reports.model;

import org.rollerhub.analytics.Level;

/**
 * One segment shift of a session.
 *
 * @param number 1-based, in time order
 * @param atS when, s from the session's start
 * @param fromLevel level before the shift
 * @param toLevel level after it
 * @param distanceCm net distance, cm, positive toward the head
 */
public record ShiftRow(int number, double atS, Level fromLevel, Level toLevel, double distanceCm) {
}
