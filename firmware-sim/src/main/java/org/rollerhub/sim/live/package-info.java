/**
 * Live rollers: {@link org.rollerhub.sim.live.LiveRoller} plays a simulated roller in (scaled)
 * real time and answers commands; {@link org.rollerhub.sim.live.TcpRollerServer} and
 * {@link org.rollerhub.sim.live.PtyRollerServer} carry it over TCP and a pty with serial framing;
 * {@link org.rollerhub.sim.live.PacketOutput} lets any other transport (BLE, tests) take its packets.
 */
package org.rollerhub.sim.live;
