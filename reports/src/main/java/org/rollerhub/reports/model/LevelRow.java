package org.rollerhub.reports.model;

import org.rollerhub.analytics.Level;

/**
 * One place on the spine map: a level's reps (T1..T12) or a zone's (C: neck, L: lumbar) with the
 * time spent there.
 *
 * @param level the level or zone
 * @param reps reps that began there
 * @param holds held reps among them
 * @param holdS time held, s
 * @param compensations compensated reps among them
 * @param zoneS for C and L, time loaded in that zone, s; 0 for T1..T12
 */
public record LevelRow(Level level, int reps, int holds, double holdS, int compensations, double zoneS) {

    /** Whether this is the neck or the lumbar zone rather than a thoracic level. */
    public boolean zone() {
        return !level.thoracic();
    }
}
