package org.rollerhub.sim.bluez;

import java.io.IOException;
import org.rollerhub.protocol.RollerPacket;

/**
 * Where a simulated roller sends its packets (the same shape as the live roller's
 * {@code PacketOutput}). Over the BlueZ double each packet becomes one notification; while no
 * hub is subscribed, packets are dropped, as a roller's radio would drop them, and {@code send}
 * throws {@link IOException} to say the connection is gone.
 */
@FunctionalInterface
public interface PacketOutlet {
    void send(RollerPacket packet) throws IOException;
}
