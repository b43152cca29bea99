package org.rollerhub.reports.model;

import java.time.LocalDate;

/**
 * One local day of the adherence calendar.
 *
 * @param date the person's local day
 * @param inRange whether the day lies in the report's range (days outside fill its first and
 *     last weeks and are drawn blank)
 * @param sessions sessions that started that day
 * @param seconds time rolled that day, s
 * @param mostHeld most held reps in one of its sessions
 * @param planDay whether the day met the plan in force: at least its minimum time and one session
 *     with its held reps
 */
public record DayCell(LocalDate date, boolean inRange, int sessions, double seconds, int mostHeld, boolean planDay) {
}
