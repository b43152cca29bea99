package org.rollerhub.pipeline;

import java.util.Arrays;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.LevelBand;
import org.rollerhub.analytics.SessionAnalyzer;

/**
 * Builds a session's {@link SessionTrace} as the analyser runs: reads the analyser's contact
 * position and load every {@code 1/rateHz} of device time, keeps the last
 * {@value #IDLE_KEEP_S} s while no session is open and everything while one is (up to
 * {@value #MAX_SESSION_S} s, then no more), and on the session's end resamples its stretch onto an
 * even grid from its start. Memory is bounded; costs a comparison per sample. Not thread-safe.
 */
final class TraceRecorder {
    /** Points per second of a trace. */
    static final double RATE_HZ = 10.0;
    /** Seconds of points kept while no session is open (a session's start is known only later). */
    static final int IDLE_KEEP_S = 30;
    /** Longest stretch of a session traced, s. */
    static final int MAX_SESSION_S = 4 * 3600;
    private static final long PERIOD_US = (long) (1e6 / RATE_HZ);

    private final List<SessionTrace.Band> bands;
    private long[] t = new long[512];
    private float[] s = new float[512];
    private float[] load = new float[512];
    private int n;
    private boolean inSession;
    private long nextUs = Long.MIN_VALUE;

    TraceRecorder(AnalyticsSettings settings) {
        this.bands = LevelBand.of(settings).stream()
                .map(b -> new SessionTrace.Band(b.level(), b.topCm(), b.bottomCm())).toList();
    }

    /** After each sample the analyser took: records a point when a period has passed; true if it did. */
    boolean sample(SessionAnalyzer analyzer) {
        long now = analyzer.analysedUs();
        if (now < nextUs || now == Long.MIN_VALUE) {
            return false;
        }
        nextUs = now - Math.floorMod(now, PERIOD_US) + PERIOD_US;
        if (n == t.length) {
            if (!inSession) {
                dropBefore(now - IDLE_KEEP_S * 1_000_000L);
            } else if (n >= MAX_SESSION_S * RATE_HZ * 1.5) {
                return false;
            }
            if (n == t.length) {
                t = Arrays.copyOf(t, n * 2);
                s = Arrays.copyOf(s, n * 2);
                load = Arrays.copyOf(load, n * 2);
            }
        }
        t[n] = now;
        s[n] = (float) analyzer.contactCm();
        load[n] = (float) analyzer.loadN();
        n++;
        return true;
    }

    /** Whether a session is open (its points are being kept). */
    boolean inSession() {
        return inSession;
    }

    /** The level at contact position {@code cm}: T1..T12 by the bands, C above T1, L below T12. */
    String levelAt(double cm) {
        SessionTrace.Band first = bands.get(0);
        SessionTrace.Band last = bands.get(bands.size() - 1);
        double sign = first.topCm() >= last.bottomCm() ? 1 : -1; // which way along s the head is
        if (sign * (cm - first.topCm()) > 0) {
            return "C";
        }
        for (SessionTrace.Band b : bands) {
            if (sign * (cm - b.bottomCm()) >= 0) {
                return b.level().name();
            }
        }
        return "L";
    }

    /** A session has started: its points are kept until it ends. */
    void sessionStarted() {
        inSession = true;
    }

    /** The session from {@code startUs} to {@code endUs} has ended: its trace; the points are let go. */
    SessionTrace sessionEnded(long startUs, long endUs) {
        inSession = false;
        int count = (int) Math.max(0, Math.min((long) (MAX_SESSION_S * RATE_HZ), (endUs - startUs) / PERIOD_US + 1));
        float[] ps = new float[count];
        float[] pl = new float[count];
        int j = 0;
        for (int i = 0; i < count; i++) {
            long at = startUs + i * PERIOD_US;
            while (j + 1 < n && t[j + 1] <= at) {
                j++;
            }
            if (n > 0 && t[j] <= at + PERIOD_US) { // the latest point at or just after the grid time
                ps[i] = s[j];
                pl[i] = load[j];
            }
        }
        dropBefore(endUs);
        return new SessionTrace(RATE_HZ, bands, ps, pl);
    }

    private void dropBefore(long us) {
        int k = 0;
        while (k < n && t[k] < us) {
            k++;
        }
        System.arraycopy(t, k, t, 0, n - k);
        System.arraycopy(s, k, s, 0, n - k);
        System.arraycopy(load, k, load, 0, n - k);
        n -= k;
    }
}
