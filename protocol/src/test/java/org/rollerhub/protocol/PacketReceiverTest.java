package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole packets (as over BLE) through {@link PacketReceiver}: where each refusal is counted. */
class PacketReceiverTest {
    private final Recorder sink = new Recorder();
    private final PacketReceiver receiver = new PacketReceiver(sink);

    private void receive(byte[] packet) {
        receiver.receive(packet, 0, packet.length);
    }

    /** {@code packet} with its CRC made right again after an edit. */
    private static byte[] recrc(byte[] packet) {
        int crc = Crc16.compute(packet, 0, packet.length - 2);
        packet[packet.length - 2] = (byte) crc;
        packet[packet.length - 1] = (byte) (crc >>> 8);
        return packet;
    }

    @Test
    void aBodyRefusedAfterItsCrcIsMalformedNotLost() {
        Status s1 = new Status(10, 4000, 90, 215, 0, 0);
        byte[] ack = PacketCodec.encode(new Ack(11, 3, Ack.Result.OK));
        ack[6] = 7; // a result code the spec does not define
        byte[] imu = PacketCodec.encode(new ImuBatch(12, 0, new short[12]));
        imu[8] = 19; // claims 19 samples, carries 2
        Status s2 = new Status(13, 4000, 90, 215, 0, 0);
        receive(PacketCodec.encode(s1));
        receive(recrc(ack));
        receive(recrc(imu));
        receive(PacketCodec.encode(s2));
        assertEquals(List.of(s1, s2), sink.packets);
        assertEquals(new LinkCounters(0, 2, 0, 0, 0, 2, 0, 0, 0, 0), receiver.counters());
    }

    @Test
    void anyLengthIsCountedNeverThrown() {
        for (int len : new int[] {0, 1, 5, 6, 7, 100, 512, 513, 4096}) {
            receiver.receive(new byte[len + 3], 3, len);
        }
        LinkCounters c = receiver.counters();
        assertEquals(3, c.malformed(), "0, 1 and 5 bytes are under 6: " + c);
        assertEquals(2, c.oversize(), "513 and 4096: " + c);
        assertEquals(4, c.crcErrors(), "6..512 zero bytes fail the CRC (init 0xFFFF): " + c);
        assertEquals(List.of(), sink.packets);
    }

    @Test
    void anotherVersionIsIgnoredAndCountedAndItsSeqNotTrusted() {
        receive(PacketCodec.encode(new StopStream(1)));
        byte[] v2 = PacketCodec.encode(new StopStream(2));
        v2[1] = 0x20;
        receive(recrc(v2));
        receive(PacketCodec.encode(new StopStream(3)));
        assertEquals(List.of(new StopStream(1), new StopStream(3)), sink.packets);
        LinkCounters c = receiver.counters();
        assertEquals(1, c.unsupportedVersion());
        assertEquals(1, c.lostPackets(), "seq 2 never arrived in a form this version reads");
    }

    @Test
    void unknownTypeKeepsTheSeqCountEvenAsTheFirstSerialFrame() {
        byte[] unknown = recrc(new byte[] {0x7f, 0x10, 9, 0, 1, 2, 0, 0});
        SerialStreamDecoder d = new SerialStreamDecoder(sink);
        d.feed(SerialFrames.encode(unknown)); // no leading 0x00: heard mid-stream, yet whole
        d.feed(SerialFrames.encode(new Tare(10)));
        LinkCounters c = d.counters();
        assertEquals(1, c.unknownType());
        assertEquals(0, c.partialFrames() + c.droppedErrors() + c.lostPackets(), c.toString());
        assertEquals(List.of(new Tare(10)), sink.packets);
    }

    @Test
    void seqGapsAcrossTheWrapCountLostPackets() {
        for (int seq : new int[] {65533, 65534, 0, 1, 4}) { // 65535 lost, 2 and 3 lost
            receive(PacketCodec.encode(new GetInfo(seq)));
        }
        assertEquals(3, receiver.counters().lostPackets());
        receiver.restartSequence();
        receive(PacketCodec.encode(new GetInfo(40000)));
        assertEquals(3, receiver.counters().lostPackets(), "a new connection's seq is no gap");
    }
}
