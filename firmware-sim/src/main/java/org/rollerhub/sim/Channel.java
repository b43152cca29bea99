package org.rollerhub.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * One quantity of the body's motion over time (roller angle, extra load, presence, lateral
 * offset), as a start value plus a sequence of non-overlapping {@link Ramp}s of one
 * {@link RampShape}. Immutable once
 * built; read it through a {@link Cursor}, which walks forward in time in O(1) per query so that
 * a capture of any length streams.
 */
public final class Channel {
    private final double initial;
    private final RampShape shape;
    private final Ramp[] ramps;

    private Channel(double initial, RampShape shape, Ramp[] ramps) {
        this.initial = initial;
        this.shape = shape;
        this.ramps = ramps;
    }

    /** A forward-only reader. Times passed to it must not decrease. */
    public Cursor cursor() {
        return new Cursor();
    }

    /** The ramps, in time order. */
    public List<Ramp> ramps() {
        return List.of(ramps);
    }

    /** Value at {@code tS}, reading from the start (slow; for labels and tests). */
    public double valueAt(double tS) {
        return cursor().value(tS);
    }

    /** Reads a channel forward in time: value, rate and acceleration at t. */
    public final class Cursor {
        private int next;
        private double done = initial;
        private double rate;
        private double accel;

        private Cursor() {
        }

        /** The value at {@code tS}; also sets {@link #rate()} and {@link #accel()} for that time. */
        public double value(double tS) {
            while (next < ramps.length && ramps[next].endS() <= tS) {
                done += ramps[next].delta();
                next++;
            }
            rate = 0;
            accel = 0;
            if (next < ramps.length && ramps[next].startS() < tS) {
                Ramp r = ramps[next];
                double u = (tS - r.startS()) / r.durationS();
                rate = r.delta() * shape.slope(u) / r.durationS();
                accel = r.delta() * shape.curvature(u) / (r.durationS() * r.durationS());
                return done + r.delta() * shape.share(u);
            }
            return done;
        }

        /** Rate of change at the time of the last {@link #value} call, per second. */
        public double rate() {
            return rate;
        }

        /** Second derivative at the time of the last {@link #value} call, per second². */
        public double accel() {
            return accel;
        }
    }

    /** Builds a channel ramp by ramp, in time order. */
    public static final class Builder {
        private final double initial;
        private final RampShape shape;
        private final List<Ramp> ramps = new ArrayList<>();
        private double value;
        private double freeFromS = Double.NEGATIVE_INFINITY;

        public Builder(double initial, RampShape shape) {
            this.initial = initial;
            this.shape = shape;
            this.value = initial;
        }

        /** Adds a change; it must begin no earlier than the previous one ended. */
        public Builder ramp(double startS, double durationS, double delta) {
            if (startS < freeFromS - 1e-9) {
                throw new IllegalStateException("overlapping ramps at " + startS + " s");
            }
            if (delta != 0) {
                ramps.add(new Ramp(startS, durationS, delta));
            }
            freeFromS = startS + durationS;
            value += delta;
            return this;
        }

        /** The value once every ramp so far is done. */
        public double value() {
            return value;
        }

        public Channel build() {
            return new Channel(initial, shape, ramps.toArray(new Ramp[0]));
        }
    }
}
