package org.rollerhub.pipeline;

import java.util.List;
import org.rollerhub.analytics.Level;

/**
 * A session as a picture: contact position and load sampled evenly from the session's start at
 * {@code rateHz}, with the level bands of the settings the session was analysed with.
 *
 * @param rateHz points per second
 * @param bands T1..T12 along {@code s}, head first: above the first is the neck zone, below the last the lumbar zone
 * @param positionCm contact position {@code s} per point, cm, toward the head positive, 0 at the middle of the start level
 * @param loadN load per point, N
 */
public record SessionTrace(double rateHz, List<Band> bands, float[] positionCm, float[] loadN) {

    /** One level's stretch: {@code s} from {@code topCm} down to {@code bottomCm}, cm. */
    public record Band(Level level, double topCm, double bottomCm) {
    }

    public SessionTrace {
        bands = List.copyOf(bands);
    }
}
