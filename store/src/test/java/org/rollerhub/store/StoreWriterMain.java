package org.rollerhub.store;

import java.nio.file.Path;
import java.time.Instant;
import org.rollerhub.analytics.Level;

/**
 * A child JVM for {@link StoreKillTest}: adds sessions to the store in {@code args[0]} for ever,
 * printing {@code committed <n>} after each add has returned (committed), until it is killed.
 */
public final class StoreWriterMain {
    private StoreWriterMain() {
    }

    public static void main(String[] args) {
        try (SessionStore store = SqliteStore.open(Path.of(args[0]))) {
            store.ensurePerson(Sessions.person("anna", "UTC", Instant.EPOCH));
            long n = store.sessionCount();
            float[] s = new float[3000];
            float[] load = new float[3000];
            for (int i = 0; i < s.length; i++) {
                s[i] = (float) Math.sin(i / 30.0) * 8;
                load[i] = 300 + i % 50;
            }
            Trace trace = new Trace(10, java.util.List.of(new Trace.Band(Level.T1, 10, 8)), s, load);
            while (true) {
                store.add(Sessions.session("00112233aabbccdd-" + Long.toHexString(n), "anna",
                        Instant.EPOCH.plusSeconds(600 * n), 300, 5, Level.T5, Level.T6, Level.T7).withTrace(trace));
                n++;
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }
}
