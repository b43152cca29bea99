package org.rollerhub.sim.bluez;

import org.rollerhub.protocol.HubCommand;

/** A packet source behind one simulated BLE device: what the double needs of a roller. */
public interface SimulatedRoller extends AutoCloseable {

    /** Powers the roller on: it starts sending through its outlet (called on the first subscription). */
    void start();

    /** A hub subscribed to notifications again after a lost link (not called for the first one). */
    default void onResubscribed() {
    }

    /** The link went down: nobody hears the roller until the next subscription. */
    default void onLinkLost() {
    }

    /** A command the hub wrote to the command characteristic. */
    void onCommand(HubCommand command);

    /** A packet of a type the roller does not know, with sender sequence number {@code seq}. */
    default void onUnknownCommand(int seq) {
    }

    /** Stops sending. Idempotent. */
    @Override
    void close();
}
