package org.rollerhub.store;

import java.util.List;
import java.util.Objects;
import org.rollerhub.analytics.Level;

/**
 * A session drawn as a picture: where the roller touched the back and how hard, sampled evenly
 * from the session's start, with the level bands that were in force (the person's stature and
 * start level). Enough to draw a session after retention has deleted its raw capture.
 *
 * @param rateHz points per second (about 10)
 * @param bands the level bands along {@code s}, head first
 * @param positionCm contact position {@code s} at each point, cm, toward the head positive, 0 at the
 *     middle of the start level
 * @param loadN load on the roller at each point, N (the cells' zero taken off)
 */
public record Trace(double rateHz, List<Band> bands, float[] positionCm, float[] loadN) {

    /**
     * One level's stretch of the back.
     *
     * @param level the level
     * @param topCm {@code s} of its head end, cm
     * @param bottomCm {@code s} of its feet end, cm (below {@code topCm})
     */
    public record Band(Level level, double topCm, double bottomCm) {
    }

    public Trace {
        bands = List.copyOf(bands);
        Objects.requireNonNull(positionCm, "positionCm");
        Objects.requireNonNull(loadN, "loadN");
        if (positionCm.length != loadN.length) {
            throw new IllegalArgumentException("positions and loads differ in length");
        }
        if (!(rateHz > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + rateHz);
        }
    }

    /** Number of points. */
    public int size() {
        return positionCm.length;
    }

    /** The level at {@code sCm} by these bands: C above the first, L below the last. */
    public Level levelAt(double sCm) {
        if (bands.isEmpty() || sCm >= bands.get(0).topCm()) {
            return Level.C;
        }
        for (Band b : bands) {
            if (sCm >= b.bottomCm()) {
                return b.level();
            }
        }
        return Level.L;
    }
}
