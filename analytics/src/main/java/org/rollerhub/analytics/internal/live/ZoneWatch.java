package org.rollerhub.analytics.internal.live;

import org.rollerhub.analytics.Level;

/**
 * The contact reaching the neck or lumbar zone, as a causal state machine over IMU samples as they
 * arrive: outside → in C when s passes the neck edge (in L when it passes the lumbar edge) while
 * loaded; back outside once s is {@code hysteresisCm} back out of the zone or the load comes off.
 * Not thread-safe.
 */
final class ZoneWatch {
    private final double hysteresisCm;
    private Level in;

    ZoneWatch(double hysteresisCm) {
        this.hysteresisCm = hysteresisCm;
    }

    /**
     * @return the zone reached at this sample, or null
     */
    Level sample(double sCm, boolean loaded, double neckEdgeCm, double lumbarEdgeCm) {
        if (!loaded || Double.isNaN(sCm)) {
            in = null;
            return null;
        }
        if (in == Level.C && sCm < neckEdgeCm - hysteresisCm || in == Level.L && sCm > lumbarEdgeCm + hysteresisCm) {
            in = null;
        }
        if (in == null && sCm > neckEdgeCm) {
            in = Level.C;
            return in;
        }
        if (in == null && sCm < lumbarEdgeCm) {
            in = Level.L;
            return in;
        }
        return null;
    }

    void reset() {
        in = null;
    }
}
