package org.rollerhub.analytics.internal.position;

/** Rotation angles about the roller's axis, rad. */
final class Angles {
    private Angles() {
    }

    /**
     * The gravity angle only knows a rotation modulo a turn: {@code byGravity} plus the whole turns
     * that bring it nearest {@code byGyro}, which counts them.
     */
    static double unwrapNear(double byGravity, double byGyro) {
        return byGravity + Math.rint((byGyro - byGravity) / (2 * Math.PI)) * 2 * Math.PI;
    }

    static double wrap(double a) {
        return Math.IEEEremainder(a, 2 * Math.PI);
    }
}
