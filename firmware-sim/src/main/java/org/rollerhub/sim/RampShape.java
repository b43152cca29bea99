package org.rollerhub.sim;

import java.util.Locale;

/**
 * How a body's movement goes from start to end: the share of a {@link Ramp}'s change done at
 * progress u (0..1), with its first and second derivatives. All three start at rest and end at
 * rest (rate zero at both ends); they differ in how sharply the movement sets off, which moves
 * where an analysis sees a rise begin and a plateau end.
 */
public enum RampShape {
    /**
     * Cubic smoothstep 3u² − 2u³: the acceleration steps at the ends, as a push does. The
     * simulator's default.
     */
    SMOOTHSTEP("smoothstep") {
        @Override
        public double share(double u) {
            return u * u * (3 - 2 * u);
        }

        @Override
        public double slope(double u) {
            return 6 * u * (1 - u);
        }

        @Override
        public double curvature(double u) {
            return 6 - 12 * u;
        }
    },
    /**
     * Raised cosine (1 − cos πu)/2: a little gentler at the ends than smoothstep (π²u²/4 against
     * 3u² as it sets off) and steeper in the middle.
     */
    COSINE("cosine") {
        @Override
        public double share(double u) {
            return (1 - Math.cos(Math.PI * u)) / 2;
        }

        @Override
        public double slope(double u) {
            return Math.PI / 2 * Math.sin(Math.PI * u);
        }

        @Override
        public double curvature(double u) {
            return Math.PI * Math.PI / 2 * Math.cos(Math.PI * u);
        }
    },
    /**
     * Minimum jerk 10u³ − 15u⁴ + 6u⁵ (how people move a limb from rest to rest): so gentle at the
     * ends that the first and last tenth of the movement hardly show.
     */
    MINIMUM_JERK("min-jerk") {
        @Override
        public double share(double u) {
            return u * u * u * (10 - 15 * u + 6 * u * u);
        }

        @Override
        public double slope(double u) {
            return 30 * u * u * (1 - u) * (1 - u);
        }

        @Override
        public double curvature(double u) {
            return 60 * u * (1 - u) * (1 - 2 * u);
        }
    };

    private final String label;

    RampShape(String label) {
        this.label = label;
    }

    /** Share of the change done at progress u (0..1): 0 at u = 0, 1 at u = 1. */
    public abstract double share(double u);

    /** d share / du. */
    public abstract double slope(double u);

    /** d² share / du². */
    public abstract double curvature(double u);

    /** The name on the command line and in files: smoothstep, cosine or min-jerk. */
    public String label() {
        return label;
    }

    /** The shape called {@code text} (case-insensitive). */
    public static RampShape parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (RampShape s : values()) {
            if (s.label.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("ramp shape must be smoothstep, cosine or min-jerk, not '" + text + "'");
    }
}
