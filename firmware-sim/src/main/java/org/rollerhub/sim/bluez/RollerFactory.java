package org.rollerhub.sim.bluez;

import org.rollerhub.sim.live.PacketOutput;

/** Makes the roller behind one simulated device, given where its packets go. */
@FunctionalInterface
public interface RollerFactory {
    SimulatedRoller create(PacketOutput outlet);
}
