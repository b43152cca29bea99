package org.rollerhub.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Changes to the roller's angle made while a live roller plays, on top of the scripted
 * {@link BodyTimeline}: a user who feels a cue stops a slide. Ramps are appended in time order,
 * each starting no earlier than the previous one ended and no earlier than any time a probe has
 * already read (a reaction comes after the cue that caused it, and probes stand at the present).
 * Also remembers which reps were cued and which corrected, for the labels. Not thread-safe: the
 * live roller's lock guards it.
 */
final class ThetaCorrections {
    private final RampShape shape;
    private final List<Ramp> ramps = new ArrayList<>();
    private final BitSet cued = new BitSet();
    private final BitSet corrected = new BitSet();

    ThetaCorrections(RampShape shape) {
        this.shape = shape;
    }

    /** Adds a change of the angle by {@code deltaRad} over {@code [startS, startS + durationS]}. */
    void add(double startS, double durationS, double deltaRad) {
        if (!ramps.isEmpty() && startS < ramps.get(ramps.size() - 1).endS() - 1e-9) {
            throw new IllegalStateException("corrections must not overlap: " + startS + " s");
        }
        ramps.add(new Ramp(startS, durationS, deltaRad));
    }

    void markCued(int rep) {
        cued.set(rep);
    }

    void markCorrected(int rep) {
        corrected.set(rep);
    }

    /** Whether rep {@code rep} (its index in {@link BodyTimeline#reps()}) got a cue while it went on. */
    boolean cued(int rep) {
        return cued.get(rep);
    }

    /** Whether the user stopped rep {@code rep}'s slide after a cue. */
    boolean corrected(int rep) {
        return corrected.get(rep);
    }

    boolean isEmpty() {
        return ramps.isEmpty() && cued.isEmpty();
    }

    Cursor cursor() {
        return new Cursor();
    }

    /** Reads the corrections forward in time, as {@link Channel.Cursor} does; sees ramps added later. */
    final class Cursor {
        private int next;
        private double done;
        private double rate;
        private double accel;

        double value(double tS) {
            while (next < ramps.size() && ramps.get(next).endS() <= tS) {
                done += ramps.get(next).delta();
                next++;
            }
            rate = 0;
            accel = 0;
            if (next < ramps.size() && ramps.get(next).startS() < tS) {
                Ramp r = ramps.get(next);
                double u = (tS - r.startS()) / r.durationS();
                rate = r.delta() * shape.slope(u) / r.durationS();
                accel = r.delta() * shape.curvature(u) / (r.durationS() * r.durationS());
                return done + r.delta() * shape.share(u);
            }
            return done;
        }

        double rate() {
            return rate;
        }

        double accel() {
            return accel;
        }
    }
}
