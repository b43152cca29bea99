package org.rollerhub.sim.live;

import java.util.Arrays;
import org.rollerhub.protocol.Cobs;
import org.rollerhub.protocol.HubCommand;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.PacketTypes;
import org.rollerhub.protocol.ProtocolException;

/**
 * The roller's side of a serial link: splits the hub's byte stream at 0x00 delimiters, decodes
 * each frame with the protocol's COBS and packet codecs, and hands commands to the roller. A frame
 * that passes its CRC but is of a type the roller does not know, or is not a command, is
 * answered "unknown command", which is why this does not use {@code SerialStreamDecoder} (it
 * drops unknown types silently). Broken frames are dropped; a frame longer than the largest
 * packet is skipped to its delimiter without being buffered. Not thread-safe: one reader feeds it.
 */
final class CommandReader {
    private final LiveRoller roller;
    private final byte[] frame = new byte[org.rollerhub.protocol.SerialFrames.MAX_FRAME_BYTES];
    private int length;
    private boolean overflow;

    CommandReader(LiveRoller roller) {
        this.roller = roller;
    }

    void feed(byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            byte b = data[i];
            if (b != 0) {
                if (length < frame.length) {
                    frame[length++] = b;
                } else {
                    overflow = true;
                }
                continue;
            }
            if (length > 0 && !overflow) {
                handle(Arrays.copyOf(frame, length));
            }
            length = 0;
            overflow = false;
        }
    }

    private void handle(byte[] cobs) {
        byte[] packet;
        try {
            packet = Cobs.decode(cobs);
        } catch (ProtocolException e) {
            return; // broken frame
        }
        try {
            Packet p = PacketCodec.decode(packet);
            if (p instanceof HubCommand command) {
                roller.onCommand(command);
            } else {
                roller.onUnknownCommand(p.seq());
            }
        } catch (ProtocolException e) {
            if (e.kind() == ProtocolException.Kind.UNKNOWN_TYPE && packet.length >= PacketTypes.MIN_PACKET_BYTES) {
                roller.onUnknownCommand((packet[2] & 0xFF) | (packet[3] & 0xFF) << 8);
            }
            // otherwise a broken frame: dropped
        }
    }
}
