package org.rollerhub.hub.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.protocol.CaptureReader;
import org.rollerhub.protocol.Packet;
import org.rollerhub.protocol.PacketCodec;
import org.rollerhub.protocol.SerialFrames;
import org.rollerhub.protocol.Status;

/** Captures on disk: named and indexed as documented, byte-exact, BLE packets as frames; retention. */
class CaptureStoreTest {
    @TempDir
    Path dir;

    @Test
    void recordsBytesExactlyPacketsAsFramesAndIndexesTheFile() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T01:56:30Z"), ZoneOffset.UTC);
        Path file;
        byte[] serial = SerialFrames.encode(new Status(1, 3900, 80, 245, 0, 0));
        Status viaBle = new Status(2, 3800, 70, 250, 1, 3);
        try (CaptureStore store = new CaptureStore(dir, clock, new Retention(0, 0))) {
            CaptureRecorder r = store.recorder("serial:/dev/ttyACM0@921600");
            r.streamBytes(serial, 0, serial.length);
            byte[] packet = new byte[64];
            int n = PacketCodec.encode(viaBle, packet, 0);
            r.packet(packet, 0, n);
            r.reconnected();
            r.device("0123456789abcdef", "1.2.3");
            r.sessionStarted();
            r.sessionEnded("0123456789abcdef-1");
            file = r.file();
            r.published(file, "0123456789abcdef-1");
            r.close();
        }
        assertEquals("20261124T015630Z-serial__dev_ttyACM0_921600.rlr", file.getFileName().toString());
        // The capture reads back as the packets that went in, in order.
        List<Packet> got = new java.util.ArrayList<>();
        try (var in = Files.newInputStream(file)) {
            CaptureReader.read(in, got::add);
        }
        assertEquals(List.of(new Status(1, 3900, 80, 245, 0, 0), viaBle), got);
        byte[] bytes = Files.readAllBytes(file);
        byte[] head = java.util.Arrays.copyOf(bytes, serial.length);
        assertArrayEquals(serial, head, "serial bytes are kept as they came");
        assertEquals(0, bytes[bytes.length - 1], "a reconnect ends any cut frame with a 0x00");
        List<String> index = Files.readAllLines(store(dir).resolve(CaptureStore.INDEX));
        assertEquals(5, index.size(), index.toString());
        assertTrue(index.get(0).contains("\"event\":\"opened\"") && index.get(0).contains(file.getFileName().toString()));
        assertTrue(index.get(1).contains("\"deviceId\":\"0123456789abcdef\""));
        assertTrue(index.get(2).contains("\"event\":\"session\""));
        assertTrue(index.get(3).contains("\"event\":\"published\""));
        assertTrue(index.get(4).contains("\"event\":\"closed\""));
    }

    private static Path store(Path dataDir) {
        return dataDir.resolve("captures");
    }

    @Test
    void retentionDeletesOldThenOldestPastTheSizeButNeverOpenFiles() throws Exception {
        Path captures = Files.createDirectories(dir.resolve("captures"));
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        Path ancient = capture(captures, "a.rlr", 1_000_000, now.minus(Duration.ofDays(40)));
        Path old = capture(captures, "b.rlr", 1_000_000, now.minus(Duration.ofDays(3)));
        Path middle = capture(captures, "c.rlr", 1_000_000, now.minus(Duration.ofDays(2)));
        Path recent = capture(captures, "d.rlr", 1_000_000, now.minus(Duration.ofHours(1)));
        Path openOld = capture(captures, "e.rlr", 1_000_000, now.minus(Duration.ofDays(50)));
        Path other = Files.writeString(captures.resolve(CaptureStore.INDEX), "{}\n");
        Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofDays(90))));

        int deleted = new Retention(30, 2).apply(captures, Set.of(openOld), now);
        // Newest first: d + c = 2 MB fit; b goes over the cap; a is too old as well; e is open: kept.
        assertEquals(2, deleted);
        assertFalse(Files.exists(ancient));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(middle) && Files.exists(recent) && Files.exists(openOld) && Files.exists(other));

        assertEquals(0, new Retention(0, 0).apply(captures, Set.of(), now), "0 and 0: keep everything");
        try (Stream<Path> s = Files.list(captures)) {
            assertEquals(4, s.count());
        }
    }

    private static Path capture(Path dir, String name, int bytes, Instant modified) throws Exception {
        Path p = Files.write(dir.resolve(name), new byte[bytes]);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }
}
