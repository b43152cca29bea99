package org.rollerhub.hub.live;

import java.time.Instant;
import org.rollerhub.analytics.SessionEvent;

/**
 * One roller's {@link LiveState}, kept from the live path: session start and end and compensated
 * reps from the pipeline's events, the level from its trace points. Each input says whether the
 * state changed, so that the state is published on change only, never per sample or per event.
 *
 * <p>The level is debounced: a new level is taken once the trace has reported it without a break
 * for {@code levelDwellUs} of the roller's time, so a contact resting on the border between two
 * levels (breathing moves it a few millimetres) does not flip the state ten times a second.
 * Levels are taken only in a session; a session's end clears the level.
 *
 * <p>Not thread-safe: one roller's inputs come on its link thread.
 */
public final class LiveEntityState {
    /** How long a level must be under the contact before it is the level, µs of roller time. */
    public static final long DEFAULT_LEVEL_DWELL_US = 500_000;

    private final long levelDwellUs;
    private LiveState state = LiveState.IDLE;
    private String candidate; // the level the trace reports now; may not be the state's yet
    private long candidateSinceUs;

    /** @param levelDwellUs see the class comment; 0 takes every change of level at once */
    public LiveEntityState(long levelDwellUs) {
        if (levelDwellUs < 0) {
            throw new IllegalArgumentException("levelDwellUs < 0: " + levelDwellUs);
        }
        this.levelDwellUs = levelDwellUs;
    }

    /** The state now. */
    public LiveState state() {
        return state;
    }

    /**
     * A live event. Session start and end set {@code inSession} (the end also clears the level);
     * a compensated rep ({@link SessionEvent.CompensationDetected}, the rep-end verdict, not the
     * early onset) sets the last compensation. Other events change nothing.
     *
     * @param at the hub's clock when the event came, for the compensation's time
     * @return whether the state changed
     */
    public boolean event(SessionEvent event, Instant at) {
        LiveState next = state;
        if (event instanceof SessionEvent.SessionStarted) {
            next = new LiveState(true, null, state.lastCompensationAt(), state.lastCompensationLevel());
            candidate = null;
        } else if (event instanceof SessionEvent.SessionEnded) {
            next = new LiveState(false, null, state.lastCompensationAt(), state.lastCompensationLevel());
            candidate = null;
        } else if (event instanceof SessionEvent.CompensationDetected c) {
            next = new LiveState(state.inSession(), state.level(), at, c.level().name());
        }
        return set(next);
    }

    /**
     * A trace point's level.
     *
     * @param deviceTimeUs the point's roller time, µs, not decreasing
     * @param level the level under the contact; null or blank is ignored
     * @return whether the state changed
     */
    public boolean level(long deviceTimeUs, String level) {
        if (!state.inSession() || level == null || level.isBlank()) {
            return false;
        }
        if (!level.equals(candidate)) {
            candidate = level;
            candidateSinceUs = deviceTimeUs;
        }
        if (level.equals(state.level()) || deviceTimeUs - candidateSinceUs < levelDwellUs) {
            return false;
        }
        return set(new LiveState(true, level, state.lastCompensationAt(), state.lastCompensationLevel()));
    }

    private boolean set(LiveState next) {
        if (next.equals(state)) {
            return false;
        }
        state = next;
        return true;
    }
}
