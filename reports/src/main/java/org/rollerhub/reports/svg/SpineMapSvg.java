package org.rollerhub.reports.svg;

import java.util.List;
import java.util.Locale;
import org.rollerhub.reports.model.LevelRow;

/**
 * The spine map: the neck zone, T1..T12 and the lumbar zone from the head down, each level shaded
 * by its reps (darker: more) with its counts written beside it, held reps as filled circles and
 * compensations as triangles, the two zones hatched with their time. Readable in black and white:
 * every figure is also written out.
 */
public final class SpineMapSvg {
    static final double ROW = 21;
    static final double WIDTH = 330;
    private static final double BOX_X = 34;
    private static final double BOX_W = 66;

    private SpineMapSvg() {
    }

    /**
     * @param levels C, T1..T12, L in that order (as {@link org.rollerhub.reports.model.SessionViews} gives them)
     * @param prefix unique on the page
     */
    public static String render(List<LevelRow> levels, String prefix) {
        double height = levels.size() * ROW + 34;
        Svg s = new Svg(prefix, WIDTH, height, "Spine map: reps, held reps and compensations by level").patterns();
        int most = levels.stream().filter(l -> !l.zone()).mapToInt(LevelRow::reps).max().orElse(0);
        double y = 4;
        for (LevelRow l : levels) {
            String label = l.level().name();
            if (l.zone()) {
                s.rect(BOX_X, y, BOX_W, ROW - 3, s.fill("hatch"), "#000");
                s.text(BOX_X - 4, y + ROW * 0.62, label, "end", 10, "#000");
                String zone = l.level().name().equals("C") ? "Neck zone" : "Lumbar zone";
                s.text(BOX_X + BOX_W + 8, y + ROW * 0.62, zone + " " + seconds(l.zoneS())
                        + (l.reps() > 0 ? ", " + counts(l) : ""), "start", 10, "#000");
            } else {
                double share = most == 0 ? 0 : (double) l.reps() / most;
                s.rect(BOX_X + 6, y, BOX_W - 12, ROW - 3, Svg.shade(share), "#000");
                s.text(BOX_X - 4, y + ROW * 0.62, label, "end", 10, "#000");
                s.text(BOX_X + BOX_W + 8, y + ROW * 0.62, l.reps() == 0 ? "no reps" : counts(l), "start", 10,
                        l.reps() == 0 ? "#555" : "#000");
            }
            marks(s, l, y);
            y += ROW;
        }
        legend(s, y + 8);
        return s.end();
    }

    /** Up to 3 held-rep circles and 2 compensation triangles inside the box; the text has the counts. */
    private static void marks(Svg s, LevelRow l, double y) {
        double cx = BOX_X + 12;
        double cy = y + (ROW - 3) / 2;
        for (int i = 0; i < Math.min(3, l.holds()); i++, cx += 8.5) {
            s.marker(Svg.Marker.CIRCLE, cx, cy, 3.2, "#000");
        }
        for (int i = 0; i < Math.min(2, l.compensations()); i++, cx += 8.5) {
            s.marker(Svg.Marker.TRIANGLE, cx, cy, 3.4, "#fff");
        }
    }

    private static void legend(Svg s, double y) {
        s.marker(Svg.Marker.CIRCLE, 10, y, 3.2, "#000").text(17, y + 3.5, "held rep", "start", 9, "#000");
        s.marker(Svg.Marker.TRIANGLE, 72, y, 3.4, "#fff").text(79, y + 3.5, "compensation", "start", 9, "#000");
        s.rect(150, y - 5, 14, 10, s.fill("hatch"), "#000").text(168, y + 3.5, "zone", "start", 9, "#000");
        s.rect(200, y - 5, 14, 10, Svg.shade(1), "#000").text(218, y + 3.5, "darker: more reps", "start", 9, "#000");
    }

    private static String counts(LevelRow l) {
        StringBuilder b = new StringBuilder();
        b.append(l.reps()).append(l.reps() == 1 ? " rep" : " reps");
        b.append(", ").append(l.holds()).append(" held");
        if (l.compensations() > 0) {
            b.append(", ").append(l.compensations()).append(" comp.");
        }
        return b.toString();
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.1f s", s);
    }
}
