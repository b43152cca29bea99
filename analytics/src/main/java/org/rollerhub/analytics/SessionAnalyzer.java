package org.rollerhub.analytics;

import java.util.List;

/**
 * The push-based analytics core: samples in, events out. Pure: no threads, no IO, no wall clock;
 * time comes from sample timestamps. Feed IMU and pressure samples in arrival order; the answer
 * is the same live or offline. Not thread-safe.
 *
 * <p>PLACEHOLDER: the detection lives in the analytics work (issue 4); this class fixes the API.
 */
public final class SessionAnalyzer {
    private final AnalyticsSettings settings;
    private final RollerSetup setup;

    public SessionAnalyzer(AnalyticsSettings settings, RollerSetup setup) {
        this.settings = settings;
        this.setup = setup;
    }

    /** Takes one IMU sample; returns the events it completes (often none). */
    public List<SessionEvent> accept(ImuSample sample) {
        return List.of();
    }

    /** Takes one pressure sample; returns the events it completes (often none). */
    public List<SessionEvent> accept(PressureSample sample) {
        return List.of();
    }

    /**
     * The link lost {@code lostPackets} packets just before device time {@code atUs}: a gap, not
     * a spurious event.
     */
    public List<SessionEvent> linkGap(long atUs, int lostPackets) {
        return List.of();
    }

    /** End of the stream: closes a session still open, as if its load came off at the last sample. */
    public List<SessionEvent> finish() {
        return List.of();
    }

    public AnalyticsSettings settings() {
        return settings;
    }

    public RollerSetup setup() {
        return setup;
    }
}
