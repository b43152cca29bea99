package org.rollerhub.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every vector of the shared {@code protocol-vectors.json}, both ways. */
class VectorsTest {

    @Test
    void crcCheckValue() {
        JsonNode check = ProtocolVectors.ROOT.get("crc").get("check");
        byte[] ascii = check.get("ascii").asText().getBytes(StandardCharsets.US_ASCII);
        assertEquals(Integer.parseInt(check.get("value").asText(), 16), Crc16.compute(ascii, 0, ascii.length));
        assertEquals(0x29B1, Crc16.compute(ascii, 0, ascii.length));
        // Computing in two pieces gives the same register.
        assertEquals(0x29B1, Crc16.update(Crc16.compute(ascii, 0, 4), ascii, 4, ascii.length - 4));
    }

    @TestFactory
    Stream<DynamicTest> cobsVectorsBothWays() {
        return ProtocolVectors.list("cobs").stream().map(v -> dynamicTest(
                "cobs " + v.get("decoded").asText().length() / 2 + " bytes", () -> {
                    byte[] decoded = Hex.bytes(v.get("decoded").asText());
                    byte[] encoded = Hex.bytes(v.get("encoded").asText());
                    assertEquals(Hex.of(encoded), Hex.of(Cobs.encode(decoded)));
                    assertArrayEquals(decoded, Cobs.decode(encoded));
                    assertTrue(encoded.length <= Cobs.maxEncodedLength(decoded.length));
                }));
    }

    @TestFactory
    Stream<DynamicTest> packetVectors() {
        return ProtocolVectors.list("vectors").stream()
                .map(v -> dynamicTest(v.get("name").asText(), () -> checkVector(v)));
    }

    private static void checkVector(JsonNode v) throws ProtocolException {
        String name = v.get("name").asText();
        byte[] packet = Hex.bytes(v.get("packet").asText());
        byte[] frame = Hex.bytes(v.get("serialFrame").asText());
        Packet expected = ProtocolVectors.expected(v);

        // Framing of the given packet bytes, both ways.
        assertEquals(Hex.of(frame), Hex.of(SerialFrames.encode(packet)), "serial frame of the packet bytes");
        assertArrayEquals(packet, Cobs.decode(Arrays.copyOf(frame, frame.length - 1)));
        assertEquals(0, frame[frame.length - 1], "frame ends with its delimiter");
        assertEquals(v.get("type").asInt(), packet[0] & 0xFF);
        assertEquals(v.get("seq").asInt(), PacketCodec.seqOf(packet, 0));

        if (expected == null) {
            assertEquals(ProtocolException.Kind.UNKNOWN_TYPE,
                    assertThrows(ProtocolException.class, () -> PacketCodec.decode(packet)).kind());
            LinkCounters c = streamDecode(frame).counters;
            assertEquals(1, c.unknownType(), name);
            assertEquals(0, c.packets() + c.droppedErrors() + c.partialFrames(), name);
            return;
        }

        // Encoding: the appended-field vector carries bytes this version cannot produce.
        if (!name.equals("hello-with-appended-field")) {
            assertEquals(Hex.of(packet), Hex.of(PacketCodec.encode(expected)), "packet bytes");
            assertEquals(packet.length, PacketCodec.encodedLength(expected));
            assertEquals(Hex.of(frame), Hex.of(SerialFrames.encode(expected)), "serial frame");
        } else {
            Packet hello = ProtocolVectors.expected(ProtocolVectors.vector("hello"));
            assertEquals(((Hello) hello).cells(), ((Hello) expected).cells());
            assertTrue(packet.length > PacketCodec.encodedLength(expected), "carries extra bytes");
        }

        // Decoding: the packet alone (BLE), and the frame in a serial stream.
        assertEquals(expected, PacketCodec.decode(packet));
        Decoded serial = streamDecode(frame);
        assertEquals(List.of(expected), serial.packets);
        assertEquals(1, serial.counters.packets());
        assertEquals(0, serial.counters.droppedErrors() + serial.counters.partialFrames() + serial.counters.lostPackets());
        assertEquals(frame.length + 1L, serial.counters.bytes());

        Recorder ble = new Recorder();
        PacketReceiver receiver = new PacketReceiver(ble);
        receiver.receive(packet, 0, packet.length);
        assertEquals(List.of(expected), ble.packets);
    }

    /** The vectors added with the CUE command: HELLO with capabilities, CUE both ways, the ACK a roller without an actuator sends. */
    @TestFactory
    Stream<DynamicTest> feedbackVectors() {
        return ProtocolVectors.list("feedbackVectors").stream()
                .map(v -> dynamicTest(v.get("name").asText(), () -> checkVector(v)));
    }

    @Test
    void helloCapabilitiesReadBackAsWritten() throws ProtocolException {
        for (JsonNode v : ProtocolVectors.list("feedbackVectors")) {
            if (v.get("type").asInt() != PacketTypes.HELLO) {
                continue;
            }
            JsonNode f = v.get("fields");
            Hello h = (Hello) PacketCodec.decode(Hex.bytes(v.get("packet").asText()));
            assertEquals(f.get("capabilities").asInt(), h.capabilities());
            assertEquals(f.get("vibration").asBoolean(), h.hasVibration());
            assertEquals(f.get("led").asBoolean(), h.hasLed());
        }
        Hello old = (Hello) PacketCodec.decode(Hex.bytes(ProtocolVectors.vector("hello").get("packet").asText()));
        assertEquals(0, old.capabilities(), "a HELLO that ends after the cell table has no actuators");
        assertFalse(old.hasVibration() || old.hasLed());
    }

    @Test
    void cueFieldsOutsideTheSpecAreRefused() {
        byte[] packet = Hex.bytes(ProtocolVectors.list("feedbackVectors").stream()
                .filter(v -> v.get("name").asText().equals("cue-correct-amber")).findFirst().orElseThrow()
                .get("packet").asText());
        byte[] badPattern = packet.clone();
        badPattern[4] = 9;
        fixCrc(badPattern);
        assertEquals(ProtocolException.Kind.BAD_VALUE,
                assertThrows(ProtocolException.class, () -> PacketCodec.decode(badPattern)).kind());
        byte[] badColour = packet.clone();
        badColour[7] = 4;
        fixCrc(badColour);
        assertEquals(ProtocolException.Kind.BAD_VALUE,
                assertThrows(ProtocolException.class, () -> PacketCodec.decode(badColour)).kind());
        assertThrows(IllegalArgumentException.class, () -> new Cue(1, Cue.Pattern.GOOD, 70_000, Cue.LedColour.NONE));
    }

    private static void fixCrc(byte[] packet) {
        int crc = Crc16.compute(packet, 0, packet.length - 2);
        packet[packet.length - 2] = (byte) crc;
        packet[packet.length - 1] = (byte) (crc >>> 8);
    }

    @Test
    void helloFieldsReadBackAsWritten() throws ProtocolException {
        JsonNode v = ProtocolVectors.vector("hello");
        JsonNode f = v.get("fields");
        Hello h = (Hello) PacketCodec.decode(Hex.bytes(v.get("packet").asText()));
        assertEquals(f.get("firmware").asText(), h.firmware());
        assertEquals(f.get("deviceId").asText(), h.deviceIdHex());
        assertEquals(f.get("cells").asInt(), h.cellCount());
        for (int i = 0; i < h.cellCount(); i++) {
            assertEquals(f.get("newtonsPerCount").get(i).asDouble(), h.cells().get(i).newtonsPerCount(), 1e-7);
            assertEquals(f.get("zeroCounts").get(i).asInt(), h.cells().get(i).zeroCounts());
        }
    }

    /**
     * Bytes after the cell table: the first is {@code capabilities} (its reserved bits ignored),
     * the rest are for later versions and ignored; every defined field reads as the plain HELLO.
     */
    @Test
    void helloWithAppendedFieldDecodesAsHelloExceptSeqAndCapabilities() throws ProtocolException {
        Hello plain = (Hello) PacketCodec.decode(Hex.bytes(ProtocolVectors.vector("hello").get("packet").asText()));
        JsonNode v = ProtocolVectors.vector("hello-with-appended-field");
        byte[] packet = Hex.bytes(v.get("packet").asText());
        Hello appended = (Hello) PacketCodec.decode(packet);
        assertEquals(v.get("seq").asInt(), appended.seq());
        int firstAppended = packet[PacketTypes.HEADER_BYTES + HelloCodec.FIXED_BYTES + HelloCodec.CELL_BYTES * plain.cellCount()] & 0xFF;
        assertEquals(firstAppended & Hello.KNOWN_CAPABILITIES, appended.capabilities());
        assertEquals(new Hello(appended.seq(), plain.protocolVersion(), plain.firmwareMajor(), plain.firmwareMinor(),
                plain.firmwarePatch(), plain.deviceId(), plain.imuRateHz(), plain.accelRangeG(), plain.gyroRangeDps(),
                plain.pressureRateHz(), plain.diameterMm(), plain.lengthMm(), plain.cells(), appended.capabilities()), appended);
    }

    @Test
    void statusFieldsReadBackAsWritten() throws ProtocolException {
        JsonNode v = ProtocolVectors.vector("status");
        JsonNode f = v.get("fields");
        Status s = (Status) PacketCodec.decode(Hex.bytes(v.get("packet").asText()));
        assertEquals(f.get("temperatureC").asDouble(), s.temperatureC(), 1e-9);
        assertEquals(f.get("charging").asBoolean(), s.charging());
        assertEquals(f.get("batteryLow").asBoolean(), s.batteryLow());
        assertEquals(f.get("imuFault").asBoolean(), s.imuFault());
        assertEquals(f.get("pressureFault").asBoolean(), s.pressureFault());
        assertEquals(f.get("bufferOverflow").asBoolean(), s.bufferOverflow());
        assertEquals(f.get("droppedSamples").asInt(), s.droppedSamples());
    }

    @Test
    void pressureForcesThroughHelloCalibration() throws ProtocolException {
        Hello hello = (Hello) PacketCodec.decode(Hex.bytes(ProtocolVectors.vector("hello").get("packet").asText()));
        JsonNode v = ProtocolVectors.vector("pressure-2x4");
        PressureBatch p = (PressureBatch) PacketCodec.decode(Hex.bytes(v.get("packet").asText()));
        Calibration cal = Calibration.of(hello);
        JsonNode forces = v.get("fields").get("forcesN");
        assertEquals(forces.size(), p.sampleCount());
        assertEquals(cal.cellCount(), p.cells());
        for (int k = 0; k < p.sampleCount(); k++) {
            double total = 0;
            for (int c = 0; c < p.cells(); c++) {
                double want = forces.get(k).get(c).asDouble();
                // newtons per count travels as f32: 0.05 is 0.0500000007..., so allow f32 rounding.
                assertEquals(want, cal.forceN(c, p.count(k, c)), 1e-5, "sample " + k + " cell " + c);
                total += want;
            }
            assertEquals(total, cal.totalForceN(p, k), 1e-4);
        }
    }

    @Test
    void imuSampleTimesFollowTheVectorNote() throws ProtocolException {
        JsonNode v = ProtocolVectors.vector("imu-3-samples-near-wrap");
        ImuBatch b = (ImuBatch) PacketCodec.decode(Hex.bytes(v.get("packet").asText()));
        int rate = ProtocolVectors.vector("hello").get("fields").get("imuRateHz").asInt();
        assertEquals(400, rate);
        assertEquals(b.t0Us() + 2500, DeviceClock.sampleTimeUs(b.t0Us(), 1, rate));
        // "sample 2 at t0+5000 us, which wraps to 4704"
        assertEquals(4704, DeviceClock.sampleTimeUs(b.t0Us(), 2, rate) & 0xFFFF_FFFFL);
        DeviceClock clock = new DeviceClock();
        long t0 = clock.unwrap(b.t0Us());
        assertEquals(t0 + 5000, clock.unwrap(4704));
    }

    /** Which counter each invalid vector must land in; a new vector here fails until mapped. */
    private static final Map<String, ToLongFunction<LinkCounters>> INVALID = Map.of(
            "bad-crc", LinkCounters::crcErrors,
            "too-short", LinkCounters::malformed,
            "bad-cobs", LinkCounters::framingErrors,
            "imu-body-short", LinkCounters::malformed,
            "oversize", LinkCounters::oversize);

    @TestFactory
    Stream<DynamicTest> invalidFramesAreDroppedAndCounted() {
        return ProtocolVectors.list("invalid").stream().map(v -> dynamicTest(v.get("name").asText(), () -> {
            String name = v.get("name").asText();
            ToLongFunction<LinkCounters> counter = INVALID.get(name);
            assertNotNull(counter, "invalid vector " + name + " has no expected counter");
            String expect = v.get("expect").asText();
            assertTrue(expect.startsWith("dropped") || expect.contains("dropped"), expect);
            byte[] frame = Hex.bytes(v.get("serialFrame").asText());

            Decoded d = streamDecode(frame);
            assertEquals(List.of(), d.packets, name);
            assertEquals(1, counter.applyAsLong(d.counters), name + ": " + d.counters);
            assertEquals(1, Recorder.framesCounted(d.counters), name + " counted once: " + d.counters);
            assertEquals(0, d.counters.lostPackets());

            // Heard first, without a delimiter before it, it may be the tail of an earlier frame.
            Recorder r = new Recorder();
            SerialStreamDecoder midStream = new SerialStreamDecoder(r);
            midStream.feed(frame);
            assertEquals(1, midStream.counters().partialFrames(), name);
            assertEquals(0, midStream.counters().droppedErrors(), name);
            assertFalse(r.packets.iterator().hasNext());
        }));
    }

    @Test
    void invalidExpectationsNameTheirCounters() {
        for (JsonNode v : ProtocolVectors.list("invalid")) {
            String expect = v.get("expect").asText();
            switch (v.get("name").asText()) {
                case "bad-crc" -> assertTrue(expect.contains("CRC error"), expect);
                case "bad-cobs" -> assertTrue(expect.contains("framing error"), expect);
                case "oversize" -> assertTrue(expect.contains("over 512"), expect);
                default -> assertTrue(expect.contains("counted"), expect);
            }
        }
    }

    record Decoded(List<Packet> packets, LinkCounters counters) {
    }

    /** Decodes one frame as the roller would send it after connecting: a 0x00, then the frame. */
    static Decoded streamDecode(byte[] frame) {
        Recorder r = new Recorder();
        SerialStreamDecoder d = new SerialStreamDecoder(r);
        d.feed(new byte[] {0});
        d.feed(frame);
        return new Decoded(r.packets, d.counters());
    }
}
