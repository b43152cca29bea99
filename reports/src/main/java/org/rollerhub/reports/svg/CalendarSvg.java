package org.rollerhub.reports.svg;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.rollerhub.reports.model.DayCell;

/**
 * The adherence calendar: one column per week (Monday on top), one square per day. Solid black: the
 * day met the plan; grey with a slash: a session that fell short of it; white: no session; days outside the
 * range are left out. Month names above the weeks they begin in.
 */
public final class CalendarSvg {
    static final double CELL = 11;
    private static final double LEFT = 24;
    private static final double TOP = 16;

    private CalendarSvg() {
    }

    /** @param days whole weeks, Monday first (as {@link org.rollerhub.reports.model.ProgressViews} gives them) */
    public static String render(List<DayCell> days, String prefix) {
        int weeks = Math.max(1, (days.size() + 6) / 7);
        double cell = weeks > 40 ? CELL : 14;
        double width = Math.max(LEFT + weeks * cell + 8, 330);
        double height = TOP + 7 * cell + 30;
        Svg s = new Svg(prefix, width, height, "Adherence calendar: days that met the plan, days with a session, "
                + "days without");
        String[] names = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int r = 0; r < 7; r++) {
            s.text(LEFT - 3, TOP + r * cell + cell * 0.75, names[r], "end", 7, "#000");
        }
        int lastMonth = -1;
        double lastLabelX = -100;
        for (int i = 0; i < days.size(); i++) {
            DayCell d = days.get(i);
            int col = i / 7;
            int row = d.date().getDayOfWeek().getValue() - 1;
            double x = LEFT + col * cell;
            double y = TOP + row * cell;
            if (row == 0 && d.date().getMonthValue() != lastMonth) {
                lastMonth = d.date().getMonthValue();
                String label = month(d.date(), lastLabelX < 0);
                if (x - lastLabelX >= 34) { // a month that begins right after the first column waits its turn
                    s.text(x, TOP - 4, label, "start", 7, "#000");
                    lastLabelX = x;
                }
            }
            if (!d.inRange()) {
                continue;
            }
            // A slash rather than a pattern fill: a year has hundreds of such days, and a pattern per
            // cell makes the PDF path slow; the slash reads the same in black and white.
            String fill = d.planDay() ? "#000" : d.sessions() > 0 ? "#d0d0d0" : "#fff";
            s.rect(x + 0.75, y + 0.75, cell - 1.5, cell - 1.5, fill, "#555");
            if (!d.planDay() && d.sessions() > 0) {
                s.line(x + 0.75, y + cell - 0.75, x + cell - 0.75, y + 0.75, "#000", 0.9, null);
            }
        }
        double ly = TOP + 7 * cell + 16;
        s.rect(LEFT, ly - 8, 9, 9, "#000", "#555").text(LEFT + 13, ly, "met the plan", "start", 8, "#000");
        s.rect(LEFT + 80, ly - 8, 9, 9, "#d0d0d0", "#555").line(LEFT + 80, ly + 1, LEFT + 89, ly - 8, "#000", 0.9, null)
                .text(LEFT + 93, ly, "session, plan not met", "start", 8, "#000");
        s.rect(LEFT + 195, ly - 8, 9, 9, "#fff", "#555").text(LEFT + 208, ly, "no session", "start", 8, "#000");
        return s.end();
    }

    /** The month's short name, with the year on the first column and in January. */
    private static String month(LocalDate d, boolean first) {
        String m = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return first || d.getMonthValue() == 1 ? m + " " + d.getYear() : m;
    }
}
