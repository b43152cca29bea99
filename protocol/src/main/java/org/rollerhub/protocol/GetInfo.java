package org.rollerhub.protocol;

/** GET_INFO (0x81): the roller answers ACK, then HELLO. */
public record GetInfo(int seq) implements HubCommand {
    @Override
    public int type() {
        return PacketTypes.GET_INFO;
    }
}
