package org.rollerhub.reports.html;

import org.rollerhub.reports.Paper;
import org.rollerhub.reports.model.SessionView;

/**
 * What the session template gets: the view and its charts, already drawn as inline SVG.
 *
 * @param view the session
 * @param paper page size when printed
 * @param spineMap the spine map, SVG markup
 * @param timeline the timeline, SVG markup
 */
public record SessionPage(SessionView view, Paper paper, String spineMap, String timeline) {
}
