package org.rollerhub.analytics;

/**
 * One extension rep, times in seconds from the session's start.
 *
 * @param level level at the contact point when the rise began
 * @param startS when the rise began
 * @param endS when the load came back to within 10 % of the baseline
 * @param holdS plateau length, between the end of the rise and the start of the return
 * @param held whether the plateau lasted at least the hold minimum (2.0 s)
 * @param compensated lumbar-arch compensation: contact moved toward the feet by 1.0 cm or more
 *     during the rise, or the rep began in the lumbar zone
 * @param breaths breaths counted during the hold
 */
public record Rep(Level level, double startS, double endS, double holdS, boolean held, boolean compensated, int breaths) {
}
