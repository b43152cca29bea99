package org.rollerhub.sim.bluez;

import org.rollerhub.protocol.HubCommand;
import org.rollerhub.sim.live.LiveRoller;
import org.rollerhub.sim.live.PacketOutput;

/**
 * The live roller (body, sensors, firmware in scaled real time) behind a BLE device: HELLO on
 * every subscription, commands answered, the exercise going on while the link is down.
 */
public final class LiveRollerSource implements SimulatedRoller {
    private final LiveRoller roller;
    private final PacketOutput outlet;

    public LiveRollerSource(LiveRoller roller, PacketOutput outlet) {
        this.roller = roller;
        this.outlet = outlet;
    }

    /** Devices backed by the live roller of {@code seed} at {@code speed} × real time. */
    public static RollerFactory factory(long seed, double speed) {
        return outlet -> new LiveRollerSource(new LiveRoller(seed, speed, outlet), outlet);
    }

    /** The roller, for its labels and progress. */
    public LiveRoller roller() {
        return roller;
    }

    @Override
    public void start() {
        roller.start();
    }

    @Override
    public void onResubscribed() {
        roller.reconnect(outlet);
    }

    @Override
    public void onLinkLost() {
        roller.disconnect();
    }

    @Override
    public void onCommand(HubCommand command) {
        roller.onCommand(command);
    }

    @Override
    public void onUnknownCommand(int seq) {
        roller.onUnknownCommand(seq);
    }

    @Override
    public void close() {
        roller.close();
    }
}
