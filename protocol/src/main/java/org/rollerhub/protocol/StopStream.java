package org.rollerhub.protocol;

/** STOP_STREAM (0x83): stop sending samples. */
public record StopStream(int seq) implements HubCommand {
    @Override
    public int type() {
        return PacketTypes.STOP_STREAM;
    }
}
