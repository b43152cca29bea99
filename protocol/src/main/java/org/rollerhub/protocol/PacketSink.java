package org.rollerhub.protocol;

/** Receives the intact packets a decoder hands out, in arrival order, on the decoder's thread. */
@FunctionalInterface
public interface PacketSink {
    void onPacket(Packet packet);
}
