package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The six labelled captures: each decodes to {@code meta.packets − meta.lostPackets} intact packets,
 * and the seq gaps account for every lost packet except those lost before the first or after the
 * last intact one, which no receiver can see in {@code seq}.
 */
class SampleCapturesTest {

    @TestFactory
    Stream<DynamicTest> capturesDecodeToTheirLabels() throws IOException {
        List<Path> captures;
        try (Stream<Path> files = Files.list(SharedFiles.dir().resolve("samples"))) {
            captures = files.filter(p -> p.toString().endsWith(".rlr")).sorted().toList();
        }
        assertFalse(captures.isEmpty(), "no captures in samples/");
        return captures.stream().map(p -> dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path capture) throws IOException {
        String base = capture.getFileName().toString().replace(".rlr", "");
        JsonNode meta = new ObjectMapper().readTree(capture.resolveSibling(base + ".json").toFile()).get("meta");
        long sent = meta.get("packets").asLong();
        long lost = meta.get("lostPackets").asLong();

        SeqSpan span = new SeqSpan();
        LinkCounters c;
        try (InputStream in = Files.newInputStream(capture)) {
            c = CaptureReader.read(in, span);
        }
        String what = base + " (" + meta.get("link").asText() + "): " + c + ", seq " + span.firstSeq + ".." + span.lastSeq;
        System.out.println(what);

        // Every packet the roller sent that arrived whole, and nothing else.
        assertEquals(sent - lost, c.packets() + c.unknownType(), what);
        assertEquals(c.packets(), span.count, what);
        assertEquals(Files.size(capture), c.bytes());
        assertEquals(0, c.unsupportedVersion(), what);

        // Seq gaps see the losses between the first and the last intact packet. Taking the
        // first intact packet's seq as the first sent, the rest were lost after the last one.
        long seqSpan = ((span.lastSeq - span.firstSeq) & 0xFFFF) + 1;
        long unseenTail = sent - seqSpan;
        assertEquals(seqSpan - (c.packets() + c.unknownType()), c.lostPackets(), what);
        assertEquals(lost - unseenTail, c.lostPackets(), what);
        assertTrue(unseenTail >= 0 && unseenTail <= 2, "lost after the last intact packet: " + unseenTail + " " + what);

        if (meta.get("link").asText().equals("ble")) {
            // A BLE capture is written by the hub frame by frame: nothing damaged on the wire.
            assertEquals(0, c.droppedErrors() + c.partialFrames(), what);
        } else {
            assertTrue(c.droppedErrors() + c.partialFrames() > 0, "a serial capture has damage: " + what);
        }
    }

    /** Counts intact packets and remembers the first and last {@code seq}. */
    private static final class SeqSpan implements PacketSink {
        long count;
        int firstSeq = -1;
        int lastSeq = -1;

        @Override
        public void onPacket(Packet packet) {
            if (firstSeq < 0) {
                firstSeq = packet.seq();
            }
            lastSeq = packet.seq();
            count++;
        }
    }
}
