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
}
