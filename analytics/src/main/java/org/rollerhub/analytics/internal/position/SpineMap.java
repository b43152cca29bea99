package org.rollerhub.analytics.internal.position;

import org.rollerhub.analytics.Level;

/**
 * Contact position {@code s} (cm, toward the head positive, 0 at the middle of the start level)
 * to a {@link Level}: the session model's thoracic bands (T1 1.9 … T12 2.7 cm at 170 cm) scaled
 * by stature / 170; above T1 is the neck zone C, below T12 the lumbar zone L. Immutable.
 */
public final class SpineMap {
    /** Band lengths at 170 cm, T1..T12, cm. */
    static final double[] BANDS_170_CM = {1.9, 2.0, 2.0, 2.1, 2.2, 2.3, 2.3, 2.4, 2.5, 2.5, 2.6, 2.7};
    /** {@code Level.values()} once: it copies the array on every call, and levelAt runs per sample. */
    private static final Level[] LEVELS = Level.values();

    /** Top edge of T1..T12 and bottom of T12, measured from the top of T1 toward the feet, cm. */
    private final double[] edges = new double[13];
    private final double startMiddle;

    public SpineMap(double statureCm, Level startLevel) {
        double scale = statureCm / 170.0;
        for (int i = 0; i < 12; i++) {
            edges[i + 1] = edges[i] + BANDS_170_CM[i] * scale;
        }
        int k = startLevel.ordinal() - 1; // T1 is ordinal 1
        startMiddle = (edges[k] + edges[k + 1]) / 2;
    }

    /** Where the neck zone begins: s at the top of T1, cm. */
    public double neckEdgeCm() {
        return startMiddle;
    }

    /** Where the lumbar zone begins: s at the bottom of T12, cm. */
    public double lumbarEdgeCm() {
        return startMiddle - edges[12];
    }

    /** Where thoracic level T{@code k} (1..12) begins, toward the head: s at its top edge, cm. */
    public double topOfCm(int k) {
        return startMiddle - edges[k - 1];
    }

    /** Where thoracic level T{@code k} (1..12) ends, toward the feet: s at its bottom edge, cm. */
    public double bottomOfCm(int k) {
        return startMiddle - edges[k];
    }

    /** The level at contact position {@code sCm}. */
    public Level levelAt(double sCm) {
        double y = startMiddle - sCm; // distance below the top of T1
        if (y < 0) {
            return Level.C;
        }
        if (y >= edges[12]) {
            return Level.L;
        }
        for (int i = 1; i <= 12; i++) {
            if (y < edges[i]) {
                return LEVELS[i];
            }
        }
        return Level.L;
    }
}
