package org.rollerhub.analytics.internal.breath;

import org.rollerhub.analytics.internal.signal.RaisedCosine;

/**
 * The ramps one range of a {@link BreathFit} may place, on a lattice of {@link #STEP_S} in start
 * and in duration from the range's low corner, with what each ramp's residual needs that does not
 * depend on the breathing rate: the samples inside the ramp, the ramp's values there, and their
 * sums (of g, g² and g·y). A window is fitted at up to 25 breathing rates and over several rounds,
 * and the scans at each rate land on mostly the same ramps; each is worked out once per window,
 * on first use, and afterwards costs only its products with the breathing's sine and cosine.
 *
 * <p>Memory: an int per lattice point of the range (a range of 4 s of starts and 2.8 s of
 * durations has 18,000), a few numbers per ramp met, and the ramps' values, at most
 * {@link #MAX_VALUES} by default; a ramp met once that store is full keeps its sums but not its values, which
 * are then worked out again for each use. Not thread-safe.
 */
final class RampGrid {
    /** The lattice step, seconds: every start and duration a scan tries is a multiple of it from the range's corner. */
    static final double STEP_S = 0.025;
    /** Most ramp values kept for one window by default (2 MB). */
    static final int MAX_VALUES = 1 << 18;

    private final int maxValues;

    private BreathFit.Range range;
    private double[] t;
    private double[] y;
    private int n;
    private int starts; // lattice points along the start
    private int durations; // and along the duration
    private int[] slotOf = new int[0]; // each lattice point's slot below, or NOT_YET
    // the first sample at or after a lattice start, and after a lattice end (start + duration:
    // index ia + id), or NOT_YET; shared by the many ramps that start or end together
    private int[] firstFrom = new int[0];
    private int[] firstAfter = new int[0];
    // per slot, in the order the points were first met
    private int[] valuesAt = new int[2048]; // where its values begin in values, or NOT_KEPT
    private int[] from = new int[2048]; // the first sample inside the ramp
    private int[] to = new int[2048]; // the first sample from the ramp's end on
    private double[] sum = new double[2048];
    private double[] squares = new double[2048];
    private double[] ySum = new double[2048];
    private double[] rampStart = new double[2048]; // the ramp's start, s, and 1 / its duration, for values not kept
    private double[] rampScale = new double[2048];
    private int slots;
    private double[] values = new double[16384];
    private int used;
    private final double[] sums = new double[3];

    private static final int NOT_YET = -1;
    private static final int NOT_KEPT = -1;

    RampGrid() {
        this(MAX_VALUES);
    }

    /** A grid that keeps at most {@code maxValues} ramp values per window. */
    RampGrid(int maxValues) {
        this.maxValues = maxValues;
    }

    /** Takes a window's samples (times ascending, seconds) and a range; forgets every ramp of the last ones. */
    void reset(BreathFit.Range range, double[] t, double[] y, int n) {
        this.range = range;
        this.t = t;
        this.y = y;
        this.n = n;
        starts = Math.max(0, (int) Math.floor((range.t0Hi() - range.t0Lo() + 1e-9) / STEP_S) + 1);
        durations = Math.max(0, (int) Math.floor((range.dHi() - range.dLo() + 1e-9) / STEP_S) + 1);
        int points = starts * durations;
        if (slotOf.length < points) {
            slotOf = new int[points];
        }
        java.util.Arrays.fill(slotOf, 0, points, NOT_YET);
        if (firstFrom.length < starts || firstAfter.length < starts + durations) {
            firstFrom = new int[starts];
            firstAfter = new int[starts + durations];
        }
        java.util.Arrays.fill(firstFrom, 0, starts, NOT_YET);
        java.util.Arrays.fill(firstAfter, 0, starts + durations, NOT_YET);
        slots = 0;
        used = 0;
    }

    /** The range this grid was last reset to. */
    BreathFit.Range range() {
        return range;
    }

    /** Lattice points along the start, and along the duration. */
    int starts() {
        return starts;
    }

    int durations() {
        return durations;
    }

    /** The nearest lattice index to a start of {@code t0} seconds (may lie outside [0, starts)). */
    int startIndex(double t0) {
        return (int) Math.round((t0 - range.t0Lo()) / STEP_S);
    }

    /** The nearest lattice index to a duration of {@code d} seconds (may lie outside [0, durations)). */
    int durationIndex(double d) {
        return (int) Math.round((d - range.dLo()) / STEP_S);
    }

    double start(int ia) {
        return range.t0Lo() + ia * STEP_S;
    }

    double duration(int id) {
        return range.dLo() + id * STEP_S;
    }

    /**
     * The ramp of start {@code ia} and duration {@code id}, worked out if it was not yet: a slot
     * for the accessors below, valid until the next reset.
     */
    int slot(int ia, int id) {
        int p = ia * durations + id;
        int slot = slotOf[p];
        if (slot == NOT_YET) {
            slot = fill(ia, id);
            slotOf[p] = slot;
        }
        return slot;
    }

    private int fill(int ia, int id) {
        double a = start(ia);
        double d = duration(id);
        if (slots == from.length) {
            int grown = 2 * slots;
            valuesAt = java.util.Arrays.copyOf(valuesAt, grown);
            from = java.util.Arrays.copyOf(from, grown);
            to = java.util.Arrays.copyOf(to, grown);
            sum = java.util.Arrays.copyOf(sum, grown);
            squares = java.util.Arrays.copyOf(squares, grown);
            ySum = java.util.Arrays.copyOf(ySum, grown);
            rampStart = java.util.Arrays.copyOf(rampStart, grown);
            rampScale = java.util.Arrays.copyOf(rampScale, grown);
        }
        int slot = slots++;
        int i0 = firstFrom[ia];
        if (i0 == NOT_YET) {
            i0 = RaisedCosine.lowerBound(t, n, a);
            firstFrom[ia] = i0;
        }
        int i1 = firstAfter[ia + id];
        if (i1 == NOT_YET) {
            // the end's time, as a lattice point of its own (a + d up to rounding)
            i1 = RaisedCosine.lowerBound(t, n, range.t0Lo() + range.dLo() + (ia + id) * STEP_S);
            firstAfter[ia + id] = i1;
        }
        boolean keep = used + (i1 - i0) <= maxValues;
        if (keep && used + (i1 - i0) > values.length) {
            values = java.util.Arrays.copyOf(values, Math.min(maxValues, Math.max(2 * values.length, used + (i1 - i0))));
        }
        double scale = 1 / d;
        evaluate(t, y, i0, i1, a, scale, keep ? values : null, used, sums);
        valuesAt[slot] = keep ? used : NOT_KEPT;
        if (keep) {
            used += i1 - i0;
        }
        from[slot] = i0;
        to[slot] = i1;
        sum[slot] = sums[0];
        squares[slot] = sums[1];
        ySum[slot] = sums[2];
        rampStart[slot] = a;
        rampScale[slot] = scale;
        return slot;
    }

    /**
     * A ramp from {@code a} (seconds; {@code scale} is 1 / its duration) over the samples
     * {@code i0..i1} inside it: its values into {@code into[at..]} (unless {@code into} is null)
     * and the sums of g, g² and g·y into {@code sums[0..2]}.
     */
    static void evaluate(double[] t, double[] y, int i0, int i1, double a, double scale, double[] into, int at,
            double[] sums) {
        double g1 = 0;
        double gg = 0;
        double gy = 0;
        for (int i = i0; i < i1; i++) {
            double g = RaisedCosine.at((t[i] - a) * scale);
            if (into != null) {
                into[at + i - i0] = g;
            }
            g1 += g;
            gg += g * g;
            gy += g * y[i];
        }
        sums[0] = g1;
        sums[1] = gg;
        sums[2] = gy;
    }

    /** The first sample inside the ramp of slot {@code p}, and the first from its end on. */
    int from(int p) {
        return from[p];
    }

    int to(int p) {
        return to[p];
    }

    /** Sums over the samples inside the ramp: of g, of g², of g·y. */
    double sum(int p) {
        return sum[p];
    }

    double squares(int p) {
        return squares[p];
    }

    double ySum(int p) {
        return ySum[p];
    }

    /**
     * The sums of g·a[i] and g·b[i] over the samples inside the ramp of slot {@code p}, into
     * {@code out[0]} and {@code out[1]}.
     */
    void products(int p, double[] a, double[] b, double[] out) {
        int i0 = from[p];
        int i1 = to[p];
        double ga = 0;
        double gb = 0;
        int k = valuesAt[p];
        if (k >= 0) {
            for (int i = i0; i < i1; i++, k++) {
                double g = values[k];
                ga += g * a[i];
                gb += g * b[i];
            }
        } else {
            double start = rampStart[p];
            double scale = rampScale[p];
            for (int i = i0; i < i1; i++) {
                double g = RaisedCosine.at((t[i] - start) * scale);
                ga += g * a[i];
                gb += g * b[i];
            }
        }
        out[0] = ga;
        out[1] = gb;
    }
}
