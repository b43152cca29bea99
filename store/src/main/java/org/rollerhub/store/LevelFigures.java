package org.rollerhub.store;

import org.rollerhub.analytics.Level;

/**
 * One level's figures in one session (the summary's {@code levels[]} entry).
 *
 * @param level the level
 * @param reps reps at it
 * @param holds held reps at it
 * @param holdS time held, s
 * @param compensations reps with lumbar-arch compensation
 */
public record LevelFigures(Level level, int reps, int holds, double holdS, int compensations) {
}
