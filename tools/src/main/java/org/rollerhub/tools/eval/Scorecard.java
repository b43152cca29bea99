package org.rollerhub.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rollerhub.analytics.Rep;
import org.rollerhub.analytics.SessionSummary;
import org.rollerhub.analytics.Shift;

/**
 * Accuracy of found sessions against the truth, accumulated over many captures. Reps are matched
 * in time order under one constant offset per session, within {@link #REP_TOLERANCE_S} of their
 * start; shifts the same way with the reps' offset. The offset (of −2..+2 s, in 50 ms steps) is the
 * one whose matches lie closest, a true rep left unmatched costing the whole tolerance; of equals,
 * the one nearest 0. So one rep placed 1.7 s early is a miss and an extra, not the reason to move
 * every other rep 0.7 s off their starts to match it too. Not thread-safe.
 */
public final class Scorecard {
    static final double REP_TOLERANCE_S = 1.0;
    static final double SHIFT_TOLERANCE_S = 1.5;

    private int captures;
    private int sessionsTrue;
    private int sessionsFound;
    private int capturesSessionsExact;
    private int sessionsCompared;
    private int sessionsRepCountExact;
    private int repTp;
    private int repFp;
    private int repFn;
    private int levelExact;
    private int heldTp;
    private int heldFp;
    private int heldFn;
    private int compTp;
    private int compFp;
    private int compFn;
    private double holdErrSum;
    private double holdBiasSum;
    private double startBiasSum;
    private double endBiasSum;
    private double endErrSum;
    private int shiftTp;
    private int shiftFp;
    private int shiftFn;
    private double distErrSum;
    private double zoneErrSum;
    private double zoneErrMax;
    private int lostExact;
    private final List<String> notes = new ArrayList<>();

    /** Scores one capture: the summaries found (in order) against its truth. */
    public void add(String name, Truth truth, List<SessionSummary> found) {
        captures++;
        sessionsTrue += truth.sessions().size();
        sessionsFound += found.size();
        if (found.size() == truth.sessions().size()) {
            capturesSessionsExact++;
        } else {
            notes.add(name + ": " + found.size() + " sessions found, " + truth.sessions().size() + " true");
        }
        int n = Math.min(found.size(), truth.sessions().size());
        for (int i = 0; i < n; i++) {
            score(name + "#" + i, truth.sessions().get(i), found.get(i));
        }
        for (int i = n; i < truth.sessions().size(); i++) {
            repFn += truth.sessions().get(i).reps().size();
            shiftFn += truth.sessions().get(i).shifts().size();
        }
        for (int i = n; i < found.size(); i++) {
            repFp += found.get(i).reps().size();
            shiftFp += found.get(i).shifts().size();
        }
    }

    private void score(String name, Truth.TruthSession t, SessionSummary f) {
        sessionsCompared++;
        if (t.reps().size() == f.reps().size()) {
            sessionsRepCountExact++;
        }
        double bestOffset = repOffset(t, f);
        if (Math.abs(bestOffset) > 0.25) {
            notes.add(String.format(Locale.ROOT, "%s: reps matched %+.2f s off", name, bestOffset));
        }
        int[] match = matchReps(t, f, bestOffset);
        boolean[] used = new boolean[f.reps().size()];
        for (int i = 0; i < match.length; i++) {
            Truth.TruthRep tr = t.reps().get(i);
            if (match[i] < 0) {
                repFn++;
                heldFn += tr.held() ? 1 : 0;
                compFn += tr.compensated() ? 1 : 0;
                notes.add(String.format(Locale.ROOT, "%s: missed rep at %.2f s", name, tr.startS()));
                continue;
            }
            used[match[i]] = true;
            Rep fr = f.reps().get(match[i]);
            repTp++;
            if (fr.level() == tr.level()) {
                levelExact++;
            } else {
                notes.add(String.format(Locale.ROOT, "%s: rep at %.2f s level %s, true %s", name, tr.startS(),
                        fr.level(), tr.level()));
            }
            holdErrSum += Math.abs(fr.holdS() - tr.holdS());
            holdBiasSum += fr.holdS() - tr.holdS();
            startBiasSum += fr.startS() - tr.startS();
            endBiasSum += fr.endS() - tr.endS();
            endErrSum += Math.abs(fr.endS() - fr.startS() - (tr.endS() - tr.startS()));
            if (Math.abs(fr.startS() - bestOffset - tr.startS()) > 0.5) {
                notes.add(String.format(Locale.ROOT, "%s: rep at %.2f s starts at %.2f", name, tr.startS(),
                        fr.startS() - bestOffset));
            }
            if (Math.abs(fr.holdS() - tr.holdS()) > 0.5) {
                notes.add(String.format(Locale.ROOT, "%s: rep at %.2f s hold %.2f, true %.2f", name, tr.startS(),
                        fr.holdS(), tr.holdS()));
            }
            heldTp += fr.held() && tr.held() ? 1 : 0;
            heldFp += fr.held() && !tr.held() ? 1 : 0;
            heldFn += !fr.held() && tr.held() ? 1 : 0;
            compTp += fr.compensated() && tr.compensated() ? 1 : 0;
            compFp += fr.compensated() && !tr.compensated() ? 1 : 0;
            compFn += !fr.compensated() && tr.compensated() ? 1 : 0;
            if (fr.compensated() != tr.compensated()) {
                notes.add(String.format(Locale.ROOT, "%s: rep at %.2f s compensated %s, true %s", name, tr.startS(),
                        fr.compensated(), tr.compensated()));
            }
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                Rep fr = f.reps().get(j);
                repFp++;
                heldFp += fr.held() ? 1 : 0;
                compFp += fr.compensated() ? 1 : 0;
                notes.add(String.format(Locale.ROOT, "%s: extra rep at %.2f s", name, fr.startS() - bestOffset));
            }
        }
        // shifts, greedy in time order
        boolean[] shiftUsed = new boolean[f.shifts().size()];
        for (Truth.TruthShift ts : t.shifts()) {
            int best = -1;
            double bestD = SHIFT_TOLERANCE_S;
            for (int j = 0; j < f.shifts().size(); j++) {
                double d = Math.abs(f.shifts().get(j).atS() - bestOffset - ts.atS());
                if (!shiftUsed[j] && d <= bestD && Math.signum(f.shifts().get(j).distanceCm()) == Math.signum(ts.distanceCm())) {
                    best = j;
                    bestD = d;
                }
            }
            if (best < 0) {
                shiftFn++;
                notes.add(String.format(Locale.ROOT, "%s: missed shift at %.2f s (%.2f cm)", name, ts.atS(), ts.distanceCm()));
            } else {
                shiftUsed[best] = true;
                shiftTp++;
                Shift fs = f.shifts().get(best);
                distErrSum += Math.abs(fs.distanceCm() - ts.distanceCm());
                if (Math.abs(fs.distanceCm() - ts.distanceCm()) > 0.3) {
                    notes.add(String.format(Locale.ROOT, "%s: shift at %.2f s %.2f cm, true %.2f", name, ts.atS(),
                            fs.distanceCm(), ts.distanceCm()));
                }
            }
        }
        for (int j = 0; j < shiftUsed.length; j++) {
            if (!shiftUsed[j]) {
                shiftFp++;
                Shift fs = f.shifts().get(j);
                notes.add(String.format(Locale.ROOT, "%s: extra shift at %.2f s (%.2f cm)", name,
                        fs.atS() - bestOffset, fs.distanceCm()));
            }
        }
        double zoneErr = Math.abs(f.neckS() - t.neckS()) + Math.abs(f.lumbarS() - t.lumbarS());
        zoneErrSum += zoneErr;
        zoneErrMax = Math.max(zoneErrMax, zoneErr);
        if (zoneErr > 0.5) {
            notes.add(String.format(Locale.ROOT, "%s: zones neck %.2f lumbar %.2f, true %.2f %.2f", name, f.neckS(),
                    f.lumbarS(), t.neckS(), t.lumbarS()));
        }
        if (t.lostPackets() == f.lostPackets()) {
            lostExact++;
        } else {
            notes.add(name + ": lost packets " + f.lostPackets() + ", true " + t.lostPackets());
        }
    }

    /**
     * The constant offset of the found reps' starts from the true ones (see the class comment), s:
     * 0, then ±0.05, ±0.1 ... ±2.0, a later one taken only when its cost is lower.
     */
    static double repOffset(Truth.TruthSession t, SessionSummary f) {
        double bestOffset = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= 80; k++) {
            double off = (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * 0.05;
            int[] m = matchReps(t, f, off);
            double cost = 0;
            for (int i = 0; i < m.length; i++) {
                cost += m[i] >= 0 ? Math.abs(f.reps().get(m[i]).startS() - off - t.reps().get(i).startS()) : REP_TOLERANCE_S;
            }
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                bestOffset = off;
            }
        }
        return bestOffset;
    }

    /** For each true rep, the index of the found rep matched to it, or −1 (in order, nearest start). */
    private static int[] matchReps(Truth.TruthSession t, SessionSummary f, double offset) {
        int[] m = new int[t.reps().size()];
        boolean[] used = new boolean[f.reps().size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = -1;
            double best = REP_TOLERANCE_S;
            for (int j = 0; j < used.length; j++) {
                double d = Math.abs(f.reps().get(j).startS() - offset - t.reps().get(i).startS());
                if (!used[j] && d <= best) {
                    best = d;
                    m[i] = j;
                }
            }
            if (m[i] >= 0) {
                used[m[i]] = true;
            }
        }
        return m;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    public double repF1() {
        return f1(repTp, repFp, repFn);
    }

    public double repCountExactFraction() {
        return sessionsCompared == 0 ? 1 : (double) sessionsRepCountExact / sessionsCompared;
    }

    public double levelExactFraction() {
        return repTp == 0 ? 1 : (double) levelExact / repTp;
    }

    public double heldF1() {
        return f1(heldTp, heldFp, heldFn);
    }

    public double holdMeanAbsErrorS() {
        return repTp == 0 ? 0 : holdErrSum / repTp;
    }

    public double compensationF1() {
        return f1(compTp, compFp, compFn);
    }

    public double shiftF1() {
        return f1(shiftTp, shiftFp, shiftFn);
    }

    public double shiftDistanceMeanAbsErrorCm() {
        return shiftTp == 0 ? 0 : distErrSum / shiftTp;
    }

    public double zoneMeanAbsErrorS() {
        return sessionsCompared == 0 ? 0 : zoneErrSum / sessionsCompared;
    }

    public double zoneMaxAbsErrorS() {
        return zoneErrMax;
    }

    /** Whether every capture's sessions were found exactly (same count). */
    public boolean sessionsExact() {
        return capturesSessionsExact == captures;
    }

    public double lostExactFraction() {
        return sessionsCompared == 0 ? 1 : (double) lostExact / sessionsCompared;
    }

    public List<String> notes() {
        return notes;
    }

    /** The figures as a small table. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "captures %d, sessions true %d found %d, captures with sessions exact %d/%d%n",
                captures, sessionsTrue, sessionsFound, capturesSessionsExact, captures));
        b.append(String.format(Locale.ROOT, "rep F1                    %.4f  (tp %d fp %d fn %d)%n", repF1(), repTp, repFp, repFn));
        b.append(String.format(Locale.ROOT, "exact rep count           %.4f of sessions%n", repCountExactFraction()));
        b.append(String.format(Locale.ROOT, "rep level exact           %.4f%n", levelExactFraction()));
        b.append(String.format(Locale.ROOT, "held F1                   %.4f%n", heldF1()));
        b.append(String.format(Locale.ROOT, "hold time mean abs error  %.3f s%n", holdMeanAbsErrorS()));
        b.append(String.format(Locale.ROOT, "  (hold bias %+.3f s; start bias %+.3f s, end bias %+.3f s, rep length error %.3f s)%n",
                repTp == 0 ? 0 : holdBiasSum / repTp, repTp == 0 ? 0 : startBiasSum / repTp,
                repTp == 0 ? 0 : endBiasSum / repTp, repTp == 0 ? 0 : endErrSum / repTp));
        b.append(String.format(Locale.ROOT, "compensation F1           %.4f  (tp %d fp %d fn %d)%n", compensationF1(), compTp, compFp, compFn));
        b.append(String.format(Locale.ROOT, "shift F1                  %.4f  (tp %d fp %d fn %d)%n", shiftF1(), shiftTp, shiftFp, shiftFn));
        b.append(String.format(Locale.ROOT, "shift distance mean error %.3f cm%n", shiftDistanceMeanAbsErrorCm()));
        b.append(String.format(Locale.ROOT, "zone time error           %.3f s mean, %.3f s max per session%n", zoneMeanAbsErrorS(), zoneMaxAbsErrorS()));
        b.append(String.format(Locale.ROOT, "lost packets exact        %.4f of sessions%n", lostExactFraction()));
        return b.toString();
    }
}
