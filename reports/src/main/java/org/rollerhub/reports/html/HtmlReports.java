package org.rollerhub.reports.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.List;
import org.rollerhub.reports.Paper;
import org.rollerhub.reports.model.ProgressView;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.WeekRow;
import org.rollerhub.reports.svg.CalendarSvg;
import org.rollerhub.reports.svg.LevelHeatmapSvg;
import org.rollerhub.reports.svg.LineChartSvg;
import org.rollerhub.reports.svg.SpineMapSvg;
import org.rollerhub.reports.svg.Svg;
import org.rollerhub.reports.svg.TimelineSvg;

/**
 * Renders the reports as printable, self-contained HTML pages (XHTML, so the PDF path can read them
 * too) from the jte templates in {@code src/main/jte}, compiled at build time. The web UI renders
 * the same templates with the same page records.
 */
public final class HtmlReports {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final double CHART_W = 680;

    private HtmlReports() {
    }

    /** The session report. */
    public static String session(SessionView v, Paper paper) {
        return render("session.jte", sessionPage(v, paper));
    }

    /** The session report's page record, charts drawn. */
    public static SessionPage sessionPage(SessionView v, Paper paper) {
        return new SessionPage(v, paper, SpineMapSvg.render(v.levels(), "spine"), TimelineSvg.render(v, "timeline"));
    }

    /** The progress report. */
    public static String progress(ProgressView v, Paper paper) {
        return render("progress.jte", progressPage(v, paper));
    }

    /** The progress report's page record, charts drawn. */
    public static ProgressPage progressPage(ProgressView v, Paper paper) {
        List<WeekRow> weeks = v.weeks();
        List<LocalDate> mondays = weeks.stream().map(WeekRow::monday).toList();
        int n = weeks.size();
        Double[] reps = new Double[n];
        Double[] held = new Double[n];
        Double[] comp = new Double[n];
        Double[] neck = new Double[n];
        Double[] lumbar = new Double[n];
        for (int i = 0; i < n; i++) {
            WeekRow w = weeks.get(i);
            reps[i] = (double) w.totals().reps();
            held[i] = (double) w.totals().holds();
            comp[i] = w.totals().reps() == 0 ? null : 100.0 * w.compensationRate();
            neck[i] = w.totals().neckS();
            lumbar[i] = w.totals().lumbarS();
        }
        String repsChart = LineChartSvg.render("Reps and held reps per week (count)", mondays, List.of(
                new LineChartSvg.Series("reps", reps, Svg.Marker.CIRCLE),
                new LineChartSvg.Series("held reps", held, Svg.Marker.SQUARE)), CHART_W, "reps");
        String compChart = LineChartSvg.render("Compensation rate per week (% of reps)", mondays, List.of(
                new LineChartSvg.Series("compensated reps, %", comp, Svg.Marker.TRIANGLE)), CHART_W, "comp");
        String zoneChart = LineChartSvg.render("Zone time per week (s)", mondays, List.of(
                new LineChartSvg.Series("neck zone, s", neck, Svg.Marker.DIAMOND),
                new LineChartSvg.Series("lumbar zone, s", lumbar, Svg.Marker.SQUARE)), CHART_W, "zones");
        return new ProgressPage(v, paper, CalendarSvg.render(v.days(), "calendar"), SpineMapSvg.render(v.levels(), "spine"),
                LevelHeatmapSvg.render(weeks, v.plannedLevels(), "heat"), repsChart, compChart, zoneChart);
    }

    private static String render(String template, Object page) {
        StringOutput out = new StringOutput(64 * 1024);
        ENGINE.render(template, page, out);
        return out.toString();
    }
}
