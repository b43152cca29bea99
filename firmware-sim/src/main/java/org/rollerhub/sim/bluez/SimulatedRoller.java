package org.rollerhub.sim.bluez;

import org.rollerhub.protocol.HubCommand;

/** A packet source behind one simulated BLE device: what the double needs of a roller. */
public interface SimulatedRoller extends AutoCloseable {

    /** Powers the roller on: it starts sending through its outlet (called on the first subscription). */
    void start();

    /** A hub subscribed to notifications (every connection, including the first, after {@link #start()}). */
    default void onSubscribed() {
    }

    /** A command the hub wrote to the command characteristic. */
    void onCommand(HubCommand command);

    /** Stops sending. Idempotent. */
    @Override
    void close();
}
