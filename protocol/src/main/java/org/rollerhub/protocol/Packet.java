package org.rollerhub.protocol;

/**
 * One packet of roller protocol version 1, in either direction.
 *
 * <p>Every packet carries the sender's {@code seq} (u16, 0..65535). The wire layout is
 * {@code type, ver, seq, body, crc}; {@link PacketCodec} turns packets into bytes and back.
 * Packets the roller sends are {@link RollerPacket}s; commands the hub sends are
 * {@link HubCommand}s.
 */
public sealed interface Packet permits RollerPacket, HubCommand {

    /** The wire {@code type} byte of this packet, 0..255. */
    int type();

    /** The sender's sequence number, 0..65535. */
    int seq();
}
