package org.rollerhub.protocol;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every packet handed to it, in order. */
final class Recorder implements PacketSink {
    final List<Packet> packets = new ArrayList<>();

    @Override
    public void onPacket(Packet packet) {
        packets.add(packet);
    }

    /** Every frame counter of {@code c} added up: each non-empty frame lands in exactly one. */
    static long framesCounted(LinkCounters c) {
        return c.packets() + c.crcErrors() + c.framingErrors() + c.oversize() + c.malformed() + c.unknownType()
                + c.unsupportedVersion() + c.partialFrames();
    }
}
