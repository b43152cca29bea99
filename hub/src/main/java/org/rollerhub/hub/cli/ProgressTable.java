package org.rollerhub.hub.cli;

import java.util.Locale;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Progress;
import org.rollerhub.store.Totals;
import org.rollerhub.store.WeekProgress;

/** A person's progress as tables for people: the weeks, then the levels. */
final class ProgressTable {
    private ProgressTable() {
    }

    static String format(Progress p) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s (%s), days in %s, up to %s%n", p.person().displayName(),
                p.person().personId(), p.person().zone().getId(), p.today()));
        sb.append(String.format(Locale.ROOT, "days with a session %d, streak %d (longest %d), adherence %s, last session %s%n%n",
                p.daysWithSession(), p.currentStreak(), p.longestStreak(), pct(p.adherencePct()),
                p.lastSession() == null ? "none" : p.lastSession().atZone(p.person().zone()).toLocalDateTime()));
        sb.append(String.format(Locale.ROOT, "%-10s  %4s  %9s  %6s  %7s  %9s  %4s  %4s  %6s  %5s  %6s  %6s  %5s%n",
                "week", "days", "plan days", "min", "levels", "adherence", "reps", "held", "hold s", "comp%",
                "neck s", "lumb s", "shift"));
        for (WeekProgress w : p.weeks()) {
            Totals t = w.totals();
            long plannedCovered = w.plannedLevels().stream().filter(w.levelsCovered()::contains).count();
            sb.append(String.format(Locale.ROOT, "%-10s  %4d  %4d/%4.1f  %6.1f  %3d/%-3d  %9s  %4d  %4d  %6.1f  %5.1f  %6.1f  %6.1f  %5d%n",
                    w.monday(), w.daysWithSession(), w.planDays(), w.requiredDays(), w.minutes(), plannedCovered,
                    w.plannedLevels().size(), pct(w.adherencePct()), t.reps(), t.holds(), t.meanHoldS(),
                    100 * t.compensationRate(), t.neckS(), t.lumbarS(), t.shifts()));
        }
        sb.append(String.format(Locale.ROOT, "%n%-5s  %5s  %5s  %6s  %5s%n", "level", "reps", "held", "hold s", "comp%"));
        for (Map.Entry<Level, Totals> e : p.byLevel().entrySet()) {
            Totals t = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-5s  %5d  %5d  %6.1f  %5.1f%n", e.getKey(), t.reps(), t.holds(),
                    t.meanHoldS(), 100 * t.compensationRate()));
        }
        sb.append("levels: planned levels covered / planned; plan days / days the plan asks for (docs/history.md)\n");
        return sb.toString();
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f %%", v);
    }
}
