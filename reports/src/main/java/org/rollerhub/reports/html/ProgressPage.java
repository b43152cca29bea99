package org.rollerhub.reports.html;

import org.rollerhub.reports.Paper;
import org.rollerhub.reports.model.ProgressView;

/**
 * What the progress template gets: the view and its charts, already drawn as inline SVG.
 *
 * @param view the progress over the range
 * @param paper page size when printed
 * @param calendar adherence calendar
 * @param spineMap reps by level over the range
 * @param levelWeeks reps per level per week
 * @param repsChart reps and held reps per week
 * @param compensationChart compensation rate per week
 * @param zoneChart neck and lumbar zone time per week
 */
public record ProgressPage(ProgressView view, Paper paper, String calendar, String spineMap, String levelWeeks,
        String repsChart, String compensationChart, String zoneChart) {
}
