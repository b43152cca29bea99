package org.rollerhub.hub.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.rollerhub.analytics.Level;
import org.rollerhub.store.Progress;
import org.rollerhub.store.Totals;
import org.rollerhub.store.WeekProgress;

/**
 * A person's {@link Progress} as JSON: in full for {@code progress --json}, and in brief (this
 * week's sessions, streak, adherence, last session) for {@code <prefix>/person/<personId>/progress}.
 */
public final class ProgressJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProgressJson() {
    }

    /** The brief line: {@code personId, displayName, sessionsThisWeek, streakDays, adherencePct, lastSessionAt}. */
    public static String brief(Progress p) {
        ObjectNode o = head(p);
        WeekProgress now = p.weeks().get(p.weeks().size() - 1);
        o.put("sessionsThisWeek", now.totals().sessions());
        o.put("streakDays", p.currentStreak());
        putPct(o, "adherencePct", now.adherencePct());
        o.put("lastSessionAt", p.lastSession() == null ? null : p.lastSession().toString());
        return o.toString();
    }

    /** Everything: streaks, adherence, and each week with its figures and levels. */
    public static String full(Progress p) {
        ObjectNode o = head(p);
        o.put("today", p.today().toString());
        o.put("zone", p.person().zone().getId());
        o.put("daysWithSession", p.daysWithSession());
        o.put("currentStreakDays", p.currentStreak());
        o.put("longestStreakDays", p.longestStreak());
        putPct(o, "adherencePct", p.adherencePct());
        o.put("lastSessionAt", p.lastSession() == null ? null : p.lastSession().toString());
        ArrayNode weeks = o.putArray("weeks");
        for (WeekProgress w : p.weeks()) {
            ObjectNode n = weeks.addObject();
            n.put("week", w.monday().toString());
            n.put("countedDays", w.countedDays());
            n.put("daysWithSession", w.daysWithSession());
            n.put("planDays", w.planDays());
            n.put("requiredDays", round(w.requiredDays()));
            putPct(n, "adherencePct", w.adherencePct());
            n.put("minutes", round(w.minutes()));
            ArrayNode covered = n.putArray("levelsCovered");
            w.levelsCovered().forEach(l -> covered.add(l.name()));
            ArrayNode planned = n.putArray("levelsPlanned");
            w.plannedLevels().forEach(l -> planned.add(l.name()));
            totals(n.putObject("totals"), w.totals());
            levels(n.putArray("levels"), w.byLevel());
        }
        levels(o.putArray("levels"), p.byLevel());
        return o.toString();
    }

    private static ObjectNode head(Progress p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("personId", p.person().personId());
        o.put("displayName", p.person().displayName());
        return o;
    }

    private static void levels(ArrayNode a, Map<Level, Totals> byLevel) {
        byLevel.forEach((level, t) -> totals(a.addObject().put("level", level.name()), t));
    }

    private static void totals(ObjectNode n, Totals t) {
        n.put("sessions", t.sessions());
        n.put("reps", t.reps());
        n.put("holds", t.holds());
        n.put("meanHoldS", round(t.meanHoldS()));
        n.put("compensationRate", round(t.compensationRate()));
        n.put("neckS", round(t.neckS()));
        n.put("lumbarS", round(t.lumbarS()));
        n.put("shifts", t.shifts());
    }

    private static void putPct(ObjectNode o, String name, Double pct) {
        if (pct == null) {
            o.putNull(name);
        } else {
            o.put(name, Math.round(pct * 10) / 10.0);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
