package org.rollerhub.analytics;

/**
 * A live event, as it happens. {@code tUs} is the device time (unwrapped µs) the event refers to;
 * events come out in the order they are detected, within a bounded delay of {@code tUs}.
 */
public sealed interface SessionEvent {

    /** Device time the event refers to, µs unwrapped. */
    long tUs();

    /** A session was confirmed (loaded for 1 s); {@code tUs} is its start (load above 80 N). */
    record SessionStarted(long tUs) implements SessionEvent {
    }

    /** A session ended (load below 40 N for 5 s); {@code tUs} is its end. */
    record SessionEnded(long tUs, SessionSummary summary) implements SessionEvent {
    }

    /** A rep's rise began at {@code tUs}, at {@code level}. */
    record RepStarted(long tUs, Level level) implements SessionEvent {
    }

    /** A rep's plateau reached the hold minimum. */
    record HoldReached(long tUs, Level level) implements SessionEvent {
    }

    /**
     * What a {@link RepStarted} announced was not a rep after all: its rise, once measured with
     * the breathing taken out, was less than the rep threshold. {@code tUs} is when that was found.
     */
    record RepCancelled(long tUs) implements SessionEvent {
    }

    /** A rep ended. */
    record RepEnded(long tUs, Rep rep) implements SessionEvent {
    }

    /** A rep was found compensated (lumbar arch). */
    record CompensationDetected(long tUs, Level level, double slideCm) implements SessionEvent {
    }

    /** A segment shift ended at rest. */
    record ShiftDetected(long tUs, Shift shift) implements SessionEvent {
    }

    /** The contact point entered the neck ({@link Level#C}) or lumbar ({@link Level#L}) zone while loaded. */
    record ZoneEntered(long tUs, Level zone) implements SessionEvent {
    }

    /** The contact point left a zone, or the load came off while in it. */
    record ZoneLeft(long tUs, Level zone) implements SessionEvent {
    }

    /**
     * Live, while a rep's rise is still going on: the contact has slid {@code slideCm} (at least
     * {@link AnalyticsSettings#compensationSlideCm()}) toward the feet since the rise began. The
     * early signal of compensation, sent as soon as it is seen; {@code tUs} is the IMU sample at
     * which it was seen. The summary's compensation flag keeps its own definition
     * ({@link CompensationDetected}, at the rep's end).
     */
    record CompensationOnset(long tUs, Level level, double slideCm) implements SessionEvent {
    }

    /**
     * Live, as it happens: the contact, by the live position read from each IMU sample as it
     * arrives, crossed into the neck ({@link Level#C}) or lumbar ({@link Level#L}) zone while the
     * roller was loaded. Earlier than {@link ZoneEntered}, which waits for the pressure samples.
     */
    record ZoneReached(long tUs, Level zone) implements SessionEvent {
    }
}
