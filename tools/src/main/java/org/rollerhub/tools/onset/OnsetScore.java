package org.rollerhub.tools.onset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The compensation-onset scorecard, counted over captures: for each rep whose rise really slid the
 * contact 1.0 cm or more toward the feet, whether a {@code compensation-onset} was found while the
 * rise was still going on (found later, during the same rep: late; never: missed); onsets during
 * no such rep are false. The delay is from the moment the true slide reached 1.0 cm to the sample
 * the onset was found at, device time.
 */
final class OnsetScore {
    private int compensated;
    private int inRise;
    private int late;
    private int uncompensated;
    private int falseOnsets;
    private int captures;
    private final List<Double> delaysMs = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    void capture() {
        captures++;
    }

    void compensatedRep(boolean foundInRise, boolean foundLate, double delayMs, String where) {
        compensated++;
        if (foundInRise) {
            inRise++;
            delaysMs.add(delayMs);
        } else if (foundLate) {
            late++;
            misses.add(where + ": found after the rise ended");
        } else {
            misses.add(where + ": missed");
        }
    }

    void uncompensatedRep() {
        uncompensated++;
    }

    void falseOnset(String where) {
        falseOnsets++;
        misses.add(where + ": false onset");
    }

    int compensated() {
        return compensated;
    }

    int foundInRise() {
        return inRise;
    }

    int uncompensated() {
        return uncompensated;
    }

    int falseOnsets() {
        return falseOnsets;
    }

    List<String> misses() {
        return misses;
    }

    String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("captures %d, compensated reps %d, other reps %d%n", captures, compensated, uncompensated));
        b.append(String.format("onset found before the rise ended: %d of %d (%.1f %%), target >= 95 %%%n", inRise,
                compensated, compensated == 0 ? 0 : 100.0 * inRise / compensated));
        b.append(String.format("found only after the rise ended: %d; missed: %d%n", late, compensated - inRise - late));
        b.append(String.format("false onsets: %d, %.2f per 100 uncompensated reps, target <= 1%n", falseOnsets,
                uncompensated == 0 ? 0 : 100.0 * falseOnsets / uncompensated));
        if (!delaysMs.isEmpty()) {
            List<Double> d = new ArrayList<>(delaysMs);
            Collections.sort(d);
            b.append(String.format("delay from the true 1.0 cm to the onset's sample: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    q(d, 0.5), q(d, 0.95), d.get(d.size() - 1)));
        }
        return b.toString();
    }

    private static double q(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
