package org.rollerhub.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.Level;

/** Hand-made sessions and people for the store's tests. */
final class Sessions {
    private Sessions() {
    }

    static Person person(String id, String zone, Instant created) {
        return new Person(id, "Person " + id, null, null, ZoneId.of(zone), created);
    }

    /** A session of {@code durationS} with {@code holds} held reps spread over {@code levels} (one rep each at least). */
    static StoredSession session(String id, String personId, Instant start, double durationS, int holds, Level... levels) {
        List<LevelFigures> figures = new ArrayList<>();
        int reps = Math.max(holds, levels.length);
        for (int i = 0; i < levels.length; i++) {
            int r = reps / levels.length + (i < reps % levels.length ? 1 : 0);
            int h = holds / levels.length + (i < holds % levels.length ? 1 : 0);
            figures.add(new LevelFigures(levels[i], r, h, h * 10.0, i == 0 ? 1 : 0));
        }
        String json = "{\"schema\":\"roller.session/1\",\"sessionId\":\"" + id + "\",\"startedAt\":\"" + start + "\"}";
        return new StoredSession(id, personId, "00112233aabbccdd", start, true, durationS, reps, holds, holds * 10.0,
                levels.length > 0 ? 1 : 0, 2, 3.5, 1.5, false, figures, json, null);
    }
}
