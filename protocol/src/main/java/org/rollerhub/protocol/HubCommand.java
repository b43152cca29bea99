package org.rollerhub.protocol;

/** A command the hub sends to the roller; the roller answers every one with an {@link Ack}. */
public sealed interface HubCommand extends Packet permits GetInfo, StartStream, StopStream, Tare, Cue {
}
