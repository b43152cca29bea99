package org.rollerhub.hub.transport;

import java.io.IOException;

/**
 * A way to reach one roller: serial, TCP, BLE, a file, the in-process simulator. The hub's link
 * manager calls {@link #connect()} again, with backoff, whenever the link drops.
 */
public interface Transport {

    /** A short description for logs and status, such as {@code serial:/dev/ttyACM0@921600}. */
    String describe();

    /**
     * Opens the link; blocks until it is up.
     *
     * @throws IOException if the roller cannot be reached now (the caller retries with backoff)
     */
    Link connect() throws IOException;

    /**
     * Whether this is a roller streaming now (true) or a recording played back (false). A
     * recording's bytes are not dated by the hub's clock (its summaries leave out
     * {@code startedAt}/{@code endedAt}, as {@code analyze} does) nor recorded again, and a
     * recording that cannot be opened is not retried.
     */
    default boolean live() {
        return true;
    }

    /**
     * For a recording: how fast to play it, as a multiple of the pace its device clock says it was
     * recorded at; 0 plays it as fast as it reads. Ignored for a live roller.
     */
    default double playbackSpeed() {
        return 0;
    }
}
