package org.rollerhub.reports.csv;

import java.util.List;

/**
 * The columns of the three CSV files, in order (docs/reports.md describes each). Times are ISO 8601
 * with the person's UTC offset; durations in s, distances in cm, the unit in the column's name.
 */
public final class CsvColumns {
    private CsvColumns() {
    }

    public static final List<String> SESSIONS = List.of("session_id", "person_id", "device_id", "started_at",
            "start_known", "ended_at", "duration_s", "reps", "held_reps", "hold_s", "compensations", "shifts",
            "neck_zone_s", "lumbar_zone_s", "recovered");

    public static final List<String> REPS = List.of("session_id", "rep", "level", "started_at", "start_s", "end_s",
            "hold_s", "held", "compensated");

    public static final List<String> SHIFTS = List.of("session_id", "shift", "at", "at_s", "from_level", "to_level",
            "distance_cm");
}
