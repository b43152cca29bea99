package org.rollerhub.sim.live;

import org.rollerhub.protocol.RollerPacket;

/** Where a live roller's packets go: TCP socket, pty, BlueZ characteristic, a test. */
@FunctionalInterface
public interface PacketOutput {
    /**
     * Sends one packet. An {@link java.io.IOException} means the connection is gone: the roller
     * detaches this output and goes on (the person is still on it) until it is given a new one.
     */
    void send(RollerPacket packet) throws java.io.IOException;
}
