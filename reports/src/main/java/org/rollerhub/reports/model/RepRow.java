package org.rollerhub.reports.model;

import org.rollerhub.analytics.Level;

/**
 * One rep of a session, as the summary gives it.
 *
 * @param number 1-based, in time order
 * @param level the level at the contact point when the rise began
 * @param startS start, s from the session's start
 * @param endS end, s from the session's start
 * @param holdS length of its plateau, s
 * @param held whether the plateau lasted long enough to count as a hold
 * @param compensated whether the lower back arched during the rise (or it began in the lumbar zone)
 */
public record RepRow(int number, Level level, double startS, double endS, double holdS, boolean held,
        boolean compensated) {
}
