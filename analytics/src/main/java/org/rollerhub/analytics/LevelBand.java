package org.rollerhub.analytics;

import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.internal.position.SpineMap;

/**
 * Where a thoracic level lies along the contact position {@code s} (cm, toward the head positive,
 * 0 at the middle of the start level), as the analyser places reps: {@code topCm > bottomCm}; a
 * position in [{@code bottomCm}, {@code topCm}) is on {@code level}. Above T1's top is the neck
 * zone, below T12's bottom the lumbar zone.
 *
 * @param level T1..T12
 * @param topCm the edge toward the head, cm
 * @param bottomCm the edge toward the feet, cm
 */
public record LevelBand(Level level, double topCm, double bottomCm) {

    /** T1..T12 for a rider's stature and start level, head end first. */
    public static List<LevelBand> of(AnalyticsSettings settings) {
        SpineMap map = new SpineMap(settings.statureCm(), settings.startLevel());
        List<LevelBand> out = new ArrayList<>(12);
        for (int k = 1; k <= 12; k++) {
            out.add(new LevelBand(Level.values()[k], map.topOfCm(k), map.bottomOfCm(k)));
        }
        return List.copyOf(out);
    }
}
