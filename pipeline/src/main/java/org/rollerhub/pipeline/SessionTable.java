package org.rollerhub.pipeline;

import java.util.Locale;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.SessionSummary;
import org.rollerhub.analytics.Shift;

/** A session report as a human-readable table (the {@code analyze --table} output). */
public final class SessionTable {
    private SessionTable() {
    }

    /** Several lines, ending with a newline. */
    public static String format(SessionReport report) {
        SessionSummary s = report.summary();
        StringBuilder b = new StringBuilder();
        long held = s.reps().stream().filter(Rep::held).count();
        long comp = s.reps().stream().filter(Rep::compensated).count();
        b.append(String.format(Locale.ROOT, "session %s  %.1f s  reps %d  held %d  compensated %d  shifts %d"
                + "  neck %.1f s  lumbar %.1f s  lost packets %d%n", report.sessionId(), s.durationS(),
                s.reps().size(), held, comp, s.shifts().size(), s.neckS(), s.lumbarS(), s.lostPackets()));
        b.append(String.format(Locale.ROOT, "  %-4s %-5s %8s %8s %7s %-4s %-5s %7s%n",
                "rep", "level", "start s", "end s", "hold s", "held", "comp", "breaths"));
        int i = 1;
        for (Rep r : s.reps()) {
            b.append(String.format(Locale.ROOT, "  %-4d %-5s %8.2f %8.2f %7.2f %-4s %-5s %7d%n", i++, r.level(),
                    r.startS(), r.endS(), r.holdS(), r.held() ? "yes" : "", r.compensated() ? "yes" : "", r.breaths()));
        }
        if (!s.shifts().isEmpty()) {
            b.append(String.format(Locale.ROOT, "  %-6s %8s %-5s %-5s %8s%n", "shift", "at s", "from", "to", "cm"));
            i = 1;
            for (Shift sh : s.shifts()) {
                b.append(String.format(Locale.ROOT, "  %-6d %8.2f %-5s %-5s %+8.2f%n", i++, sh.atS(), sh.fromLevel(),
                        sh.toLevel(), sh.distanceCm()));
            }
        }
        return b.toString();
    }
}
