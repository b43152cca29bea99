package org.rollerhub.sim.bluez;

/** Makes the roller behind one simulated device, given where its packets go. */
@FunctionalInterface
public interface RollerFactory {
    SimulatedRoller create(PacketOutlet outlet);
}
