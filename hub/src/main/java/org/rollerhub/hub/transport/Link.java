package org.rollerhub.hub.transport;

import java.io.IOException;
import org.rollerhub.protocol.HubCommand;

/** One open connection to a roller. */
public interface Link extends AutoCloseable {

    /**
     * Reads until the link drops or is closed, handing what arrives to {@code sink} on the calling
     * thread. Returns normally once {@link #close()} was called.
     *
     * @throws IOException when the link is lost (a cable pulled, a BLE disconnect)
     */
    void pump(LinkSink sink) throws IOException;

    /** Sends a command to the roller. */
    void send(HubCommand command) throws IOException;

    /** Closes the link; a running {@link #pump} returns. Idempotent. */
    @Override
    void close();
}
