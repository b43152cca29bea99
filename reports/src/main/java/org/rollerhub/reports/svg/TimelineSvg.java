package org.rollerhub.reports.svg;

import java.util.List;
import java.util.Locale;
import org.rollerhub.analytics.Level;
import org.rollerhub.reports.model.RepRow;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.ShiftRow;
import org.rollerhub.store.Trace;

/**
 * The session timeline. Top panel: where the roller touched the back over time (the trace's
 * contact position against the level bands, the neck and lumbar zones hatched), each rep shaded
 * over its span with its number, a bar for its hold (solid when held; drawn centred in the rep: the
 * summary gives a hold's length, not its place), a triangle under a compensated rep and an arrow
 * at each shift pointing the way it went. Bottom panel: the load on the roller, N. Without a trace,
 * reps sit at their level and the load panel is left out.
 */
public final class TimelineSvg {
    static final double WIDTH = 680;
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 26;
    private static final double POS_H = 230;
    private static final double LOAD_H = 90;
    private static final double GAP = 26;
    /** Most points drawn per line; longer traces are thinned evenly. */
    static final int MAX_POINTS = 1500;

    private TimelineSvg() {
    }

    public static String render(SessionView v, String prefix) {
        Trace t = v.trace();
        double duration = Math.max(1, v.totals().seconds());
        double height = TOP + POS_H + (t != null ? GAP + LOAD_H : 0) + 34;
        Svg s = new Svg(prefix, WIDTH, height, "Timeline: contact level and load over time, reps, holds, "
                + "compensations and shifts").patterns();
        Scale x = new Scale(0, duration, LEFT, WIDTH - RIGHT);
        double top = t != null && !t.bands().isEmpty() ? t.bands().get(0).topCm() : 14;
        double bottom = t != null && !t.bands().isEmpty() ? t.bands().get(t.bands().size() - 1).bottomCm() : -14;
        double hi = top + 4;
        double lo = bottom - 4;
        if (t != null) {
            for (float p : t.positionCm()) {
                hi = Math.max(hi, p + 1);
                lo = Math.min(lo, p - 1);
            }
        }
        Scale y = new Scale(lo, hi, TOP + POS_H, TOP);
        bands(s, t, y, x, top, bottom, hi, lo);
        reps(s, v.reps(), x, y, t);
        if (t != null) {
            line(s, t.positionCm(), t.rateHz(), x, y, duration);
        }
        shifts(s, v.shifts(), x);
        s.rect(LEFT, TOP, WIDTH - RIGHT - LEFT, POS_H, "none", "#000");
        double axisY = TOP + POS_H;
        if (t != null) {
            double loadTop = TOP + POS_H + GAP;
            float most = 1;
            for (float f : t.loadN()) {
                most = Math.max(most, f);
            }
            double max = niceCeil(most);
            Scale ly = new Scale(0, max, loadTop + LOAD_H, loadTop);
            s.rect(LEFT, loadTop, WIDTH - RIGHT - LEFT, LOAD_H, "none", "#000");
            for (double n = 0; n <= max; n += max / 2) {
                s.line(LEFT - 3, ly.at(n), LEFT, ly.at(n), "#000", 0.75, null);
                s.text(LEFT - 5, ly.at(n) + 3, Svg.n(n), "end", 8, "#000");
            }
            s.text(LEFT + 4, loadTop + 10, "load, N", "start", 9, "#000");
            line(s, t.loadN(), t.rateHz(), x, ly, duration);
            axisY = loadTop + LOAD_H;
        }
        timeAxis(s, x, duration, axisY);
        s.text(LEFT, 12, "contact level (trace) \u2014 shaded: reps; bar: hold (solid: held); "
                + "\u25b3: compensation; arrow: shift", "start", 9, "#000");
        return s.end();
    }

    private static void bands(Svg s, Trace t, Scale y, Scale x, double top, double bottom, double hi, double lo) {
        double x0 = x.to0();
        double w = x.to1() - x0;
        s.rect(x0, y.at(hi), w, y.at(top) - y.at(hi), s.fill("hatch"), null);
        s.text(x0 - 4, (y.at(hi) + y.at(top)) / 2 + 3, "neck", "end", 8, "#000");
        s.rect(x0, y.at(bottom), w, y.at(lo) - y.at(bottom), s.fill("hatch"), null);
        s.text(x0 - 4, (y.at(bottom) + y.at(lo)) / 2 + 3, "lumbar", "end", 8, "#000");
        if (t == null || t.bands().isEmpty()) {
            return;
        }
        int i = 0;
        for (Trace.Band b : t.bands()) {
            if (i++ % 2 == 0) {
                s.rect(x0, y.at(b.topCm()), w, y.at(b.bottomCm()) - y.at(b.topCm()), "#eeeeee", null);
            }
            s.line(x0, y.at(b.bottomCm()), x0 + w, y.at(b.bottomCm()), "#bbbbbb", 0.5, null);
            s.text(x0 - 4, (y.at(b.topCm()) + y.at(b.bottomCm())) / 2 + 3, b.level().name(), "end", 8, "#000");
        }
    }

    private static void reps(Svg s, List<RepRow> reps, Scale x, Scale y, Trace t) {
        for (RepRow r : reps) {
            double x0 = x.at(r.startS());
            double x1 = x.at(r.endS());
            s.rect(x0, TOP, x1 - x0, POS_H, s.fill("dots"), null);
            double mid = (r.startS() + r.endS()) / 2;
            double hx0 = x.at(Math.max(r.startS(), mid - r.holdS() / 2));
            double hx1 = x.at(Math.min(r.endS(), mid + r.holdS() / 2));
            if (r.held()) {
                s.rect(hx0, TOP + 2, Math.max(1.5, hx1 - hx0), 6, "#000", null);
            } else {
                s.rect(hx0, TOP + 2, Math.max(1.5, hx1 - hx0), 6, "#fff", "#000");
            }
            s.text((x0 + x1) / 2, TOP + 18, Integer.toString(r.number()), "middle", 8, "#000");
            if (r.compensated()) {
                double cy = TOP + POS_H - 8;
                s.marker(Svg.Marker.TRIANGLE, (x0 + x1) / 2, cy, 4, "#fff");
            }
            if (t == null) {
                s.marker(Svg.Marker.CIRCLE, (x0 + x1) / 2, y.at(levelY(r.level())), 3, "#000");
            }
        }
    }

    /** Where a level sits without bands: T1 at +13 cm down to T12 at -13 cm, zones beyond. */
    private static double levelY(Level l) {
        return 15.6 - l.ordinal() * 2.4;
    }

    private static void shifts(Svg s, List<ShiftRow> shifts, Scale x) {
        for (ShiftRow sh : shifts) {
            double cx = x.at(sh.atS());
            double base = TOP - 3;
            if (sh.distanceCm() >= 0) {
                s.polygon("#000", null, cx - 3, base, cx + 3, base, cx, base - 7);
            } else {
                s.polygon("#fff", "#000", cx - 3, base - 7, cx + 3, base - 7, cx, base);
            }
        }
    }

    private static void line(Svg s, float[] values, double rateHz, Scale x, Scale y, double duration) {
        int n = values.length;
        int step = Math.max(1, (int) Math.ceil(n / (double) MAX_POINTS));
        int count = (n + step - 1) / step;
        double[] xs = new double[count];
        double[] ys = new double[count];
        int k = 0;
        for (int i = 0; i < n && k < count; i += step, k++) {
            xs[k] = x.at(Math.min(duration, i / rateHz));
            ys[k] = y.at(values[i]);
        }
        s.polyline(xs, ys, k, "#000", 1.1, null);
    }

    private static void timeAxis(Svg s, Scale x, double duration, double y) {
        double step = duration <= 120 ? 15 : duration <= 300 ? 30 : duration <= 900 ? 60 : 300;
        for (double t = 0; t <= duration + 1e-9; t += step) {
            s.line(x.at(t), y, x.at(t), y + 4, "#000", 0.75, null);
            s.text(x.at(t), y + 14, clock(t), "middle", 8, "#000");
        }
        s.text(WIDTH - RIGHT, y + 26, "time from the session's start, min:s", "end", 8, "#000");
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A round number at or above {@code v}: 1, 2 or 5 times a power of ten. */
    static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
