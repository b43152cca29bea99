package org.rollerhub.reports.svg;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart of weekly values: one or more series told apart by dash pattern and marker
 * shape (not colour), a y axis from 0 with its unit, week labels along the bottom and a legend.
 */
public final class LineChartSvg {
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 18;
    private static final double H = 96;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final String[] DASHES = {null, "5,3", "2,2", "8,3,2,3"};

    private LineChartSvg() {
    }

    /**
     * One line.
     *
     * @param name for the legend
     * @param values one per week; null where a week has no value (the line breaks)
     * @param marker its marker shape
     */
    public record Series(String name, Double[] values, Svg.Marker marker) {
    }

    /**
     * @param title above the chart, with the unit
     * @param weeks the x positions: each week's Monday
     * @param series up to four series
     */
    public static String render(String title, List<LocalDate> weeks, List<Series> series, double width, String prefix) {
        double height = TOP + H + 30;
        Svg s = new Svg(prefix, width, height, title);
        double max = 0;
        for (Series se : series) {
            for (Double v : se.values()) {
                max = v != null ? Math.max(max, v) : max;
            }
        }
        max = max <= 0 ? 1 : TimelineSvg.niceCeil(max);
        int n = weeks.size();
        Scale x = new Scale(0, Math.max(1, n - 1), LEFT + 4, width - RIGHT - 4);
        Scale y = new Scale(0, max, TOP + H, TOP);
        s.text(LEFT, 11, title, "start", 9, "#000");
        s.rect(LEFT, TOP, width - RIGHT - LEFT, H, "none", "#000");
        for (int k = 0; k <= 2; k++) {
            double v = max * k / 2;
            s.line(LEFT, y.at(v), width - RIGHT, y.at(v), "#ccc", 0.5, null);
            s.text(LEFT - 4, y.at(v) + 3, Svg.n(v), "end", 8, "#000");
        }
        int every = Math.max(1, (int) Math.ceil(n * 42.0 / (width - LEFT)));
        for (int i = 0; i < n; i += every) {
            s.text(x.at(i), TOP + H + 11, weeks.get(i).format(DAY), "middle", 7, "#000");
        }
        boolean dense = n > 26;
        for (int k = 0; k < series.size(); k++) {
            Series se = series.get(k);
            double[] xs = new double[n];
            double[] ys = new double[n];
            int run = 0;
            for (int i = 0; i <= n; i++) {
                Double v = i < n ? se.values()[i] : null;
                if (v == null) {
                    if (run > 1) {
                        s.polyline(xs, ys, run, "#000", 1.1, DASHES[k % DASHES.length]);
                    }
                    run = 0;
                    continue;
                }
                xs[run] = x.at(i);
                ys[run] = y.at(v);
                run++;
                if (!dense || i % every == 0) {
                    s.marker(se.marker(), x.at(i), y.at(v), dense ? 2 : 2.6, k % 2 == 0 ? "#000" : "#fff");
                }
            }
            double lx = LEFT + 6 + k * 150;
            double ly = TOP + H + 24;
            s.line(lx, ly - 3, lx + 22, ly - 3, "#000", 1.1, DASHES[k % DASHES.length]);
            s.marker(se.marker(), lx + 11, ly - 3, 2.6, k % 2 == 0 ? "#000" : "#fff");
            s.text(lx + 27, ly, se.name(), "start", 8, "#000");
        }
        return s.end();
    }
}
