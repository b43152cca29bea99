package org.rollerhub.sim;

/**
 * Where the contact point is along the spine: the thoracic bands T1..T12 of the session model,
 * scaled by stature / 170, with s = 0 cm at the middle of the start level, s growing toward the
 * head. Above T1 lies the neck zone {@code C}, below T12 the lumbar zone {@code L}. Immutable.
 */
public final class SpineMap {
    /** Band lengths, cm, T1 (top) .. T12 (bottom), for a 170 cm adult. */
    private static final double[] BANDS_170_CM = {1.9, 2.0, 2.0, 2.1, 2.2, 2.3, 2.3, 2.4, 2.5, 2.5, 2.6, 2.7};
    /** tops[i]: s of the top (head side) edge of T(i+1); tops[12]: s of the bottom edge of T12. */
    private final double[] edgesCm = new double[13];

    /**
     * @param statureCm the rider's stature, cm
     * @param startLevel the level at s = 0, "T1".."T12"
     */
    public SpineMap(double statureCm, String startLevel) {
        int start = thoracicIndex(startLevel);
        double scale = statureCm / 170.0;
        double[] fromTop = new double[13];
        for (int i = 0; i < 12; i++) {
            fromTop[i + 1] = fromTop[i] + BANDS_170_CM[i] * scale;
        }
        double middleOfStart = (fromTop[start] + fromTop[start + 1]) / 2;
        for (int i = 0; i <= 12; i++) {
            edgesCm[i] = middleOfStart - fromTop[i];
        }
    }

    /** Index 0..11 of a thoracic level name "T1".."T12". */
    public static int thoracicIndex(String level) {
        if (level != null && level.matches("T([1-9]|1[0-2])")) {
            return Integer.parseInt(level.substring(1)) - 1;
        }
        throw new IllegalArgumentException("not a thoracic level T1..T12: " + level);
    }

    /** The level at contact position {@code sCm}: "C", "T1".."T12" or "L". */
    public String levelAt(double sCm) {
        if (sCm > edgesCm[0]) {
            return "C";
        }
        for (int i = 0; i < 12; i++) {
            if (sCm > edgesCm[i + 1]) {
                return "T" + (i + 1);
            }
        }
        return "L";
    }

    /** s, cm, of the middle of thoracic level {@code index} (0 = T1). */
    public double middleCm(int index) {
        return (edgesCm[index] + edgesCm[index + 1]) / 2;
    }

    /** s, cm, of the top edge of T1 (where the neck zone begins). */
    public double neckEdgeCm() {
        return edgesCm[0];
    }

    /** s, cm, of the bottom edge of T12 (where the lumbar zone begins). */
    public double lumbarEdgeCm() {
        return edgesCm[12];
    }
}
