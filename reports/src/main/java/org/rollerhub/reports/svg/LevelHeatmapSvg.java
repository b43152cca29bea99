package org.rollerhub.reports.svg;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rollerhub.analytics.Level;
import org.rollerhub.reports.model.WeekRow;

/**
 * Reps per level per week: one row per level (neck zone, T1..T12, lumbar zone), one column per week,
 * each cell shaded by its reps (darker: more) and, where the cell is wide enough, the count written
 * in it. Levels the plan asks to cover are marked with a bar at the left.
 */
public final class LevelHeatmapSvg {
    private static final double LEFT = 40;
    private static final double TOP = 8;
    private static final double ROW = 13;
    /** Fits the printable width of A4 and Letter at the templates' margins. */
    static final double WIDTH = 680;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private LevelHeatmapSvg() {
    }

    public static String render(List<WeekRow> weeks, java.util.Set<Level> planned, String prefix) {
        int n = Math.max(1, weeks.size());
        double cell = Math.max(6, Math.min(40, (WIDTH - LEFT - 24) / n));
        double width = Math.max(LEFT + n * cell + 24, WIDTH);
        Level[] levels = Level.values();
        double height = TOP + levels.length * ROW + 30;
        Svg s = new Svg(prefix, width, height, "Reps per level per week");
        int most = 1;
        for (WeekRow w : weeks) {
            for (int r : w.repsByLevel().values()) {
                most = Math.max(most, r);
            }
        }
        for (int li = 0; li < levels.length; li++) {
            Level l = levels[li];
            double y = TOP + li * ROW;
            String name = l == Level.C ? "neck" : l == Level.L ? "lumbar" : l.name();
            s.text(LEFT - 6, y + ROW * 0.72, name, "end", 8, "#000");
            if (planned.contains(l)) {
                s.rect(LEFT - 4, y + 1, 2.5, ROW - 2, "#000", null);
            }
            for (int wi = 0; wi < weeks.size(); wi++) {
                int reps = weeks.get(wi).repsByLevel().getOrDefault(l, 0);
                double x = LEFT + wi * cell;
                s.rect(x, y, cell, ROW, Svg.shade((double) reps / most), "#999");
                if (reps > 0 && cell >= 16) {
                    s.text(x + cell / 2, y + ROW * 0.72, Integer.toString(reps), "middle", 7,
                            reps > most * 0.6 ? "#fff" : "#000");
                }
            }
        }
        double ay = TOP + levels.length * ROW + 11;
        int every = Math.max(1, (int) Math.ceil(40.0 / cell));
        for (int wi = 0; wi < weeks.size(); wi += every) {
            s.text(LEFT + wi * cell, ay, weeks.get(wi).monday().format(DAY), "start", 7, "#000");
        }
        s.text(LEFT, ay + 13, "week starting; darker: more reps (most in one cell: " + most
                + "); bar at left: a level the plan asks to cover", "start", 8, "#000");
        return s.end();
    }
}
