package org.rollerhub.protocol;

/** TARE (0x84): the roller sets each cell's zero offset to its current reading and sends HELLO. */
public record Tare(int seq) implements HubCommand {
    @Override
    public int type() {
        return PacketTypes.TARE;
    }
}
