package org.rollerhub.protocol;

/** A packet the roller sends to the hub. */
public sealed interface RollerPacket extends Packet
        permits Hello, ImuBatch, PressureBatch, Status, Button, Ack {
}
