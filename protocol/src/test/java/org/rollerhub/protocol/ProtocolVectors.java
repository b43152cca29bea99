package org.rollerhub.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shared {@code protocol-vectors.json}, read once, and its {@code fields} turned into the
 * packets they describe (independently of the codecs under test).
 */
final class ProtocolVectors {
    static final JsonNode ROOT = load();

    private ProtocolVectors() {
    }

    private static JsonNode load() {
        try {
            return new ObjectMapper().readTree(SharedFiles.file("protocol-vectors.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> list(String section) {
        List<JsonNode> out = new ArrayList<>();
        ROOT.get(section).forEach(out::add);
        return out;
    }

    static JsonNode vector(String name) {
        for (JsonNode v : ROOT.get("vectors")) {
            if (v.get("name").asText().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no vector " + name);
    }

    /** The packet a vector's {@code fields} describe, or {@code null} for a type with no record (unknown type). */
    static Packet expected(JsonNode v) {
        int seq = v.get("seq").asInt();
        JsonNode f = v.get("fields");
        return switch (v.get("type").asInt()) {
            case 0x01 -> f.has("firmware") ? hello(seq, f)
                    : withCapabilities(hello(seq, vector("hello").get("fields")), capabilitiesOf(v));
            case 0x02 -> imu(seq, f);
            case 0x03 -> pressure(seq, f);
            case 0x04 -> status(seq, f);
            case 0x05 -> new Button(seq, f.get("tUs").asLong(), Button.Press.valueOf(enumName(f.get("press"))));
            case 0x06 -> new Ack(seq, f.get("ackedSeq").asInt(), Ack.Result.valueOf(enumName(f.get("status"))));
            case 0x81 -> new GetInfo(seq);
            case 0x82 -> new StartStream(seq, f.get("imuRateHz").asInt(), f.get("pressureRateHz").asInt());
            case 0x83 -> new StopStream(seq);
            case 0x84 -> new Tare(seq);
            case 0x85 -> new Cue(seq, Cue.Pattern.valueOf(enumName(f.get("pattern"))), f.get("durationMs").asInt(),
                    Cue.LedColour.valueOf(enumName(f.get("led"))));
            default -> null;
        };
    }

    private static String enumName(JsonNode text) {
        return text.asText().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /**
     * A HELLO vector that only differs from the plain one by what follows the cell table: its
     * {@code capabilities} field, or else the first appended byte, which protocol version 1 reads
     * as capabilities (reserved bits ignored).
     */
    private static int capabilitiesOf(JsonNode v) {
        if (v.get("fields").has("capabilities")) {
            return v.get("fields").get("capabilities").asInt();
        }
        byte[] plain = Hex.bytes(vector("hello").get("packet").asText());
        byte[] packet = Hex.bytes(v.get("packet").asText());
        int afterCells = plain.length - PacketTypes.CRC_BYTES;
        return packet.length > plain.length ? packet[afterCells] & Hello.KNOWN_CAPABILITIES : 0;
    }

    private static Hello withCapabilities(Hello h, int capabilities) {
        return new Hello(h.seq(), h.protocolVersion(), h.firmwareMajor(), h.firmwareMinor(), h.firmwarePatch(),
                h.deviceId(), h.imuRateHz(), h.accelRangeG(), h.gyroRangeDps(), h.pressureRateHz(), h.diameterMm(),
                h.lengthMm(), h.cells(), capabilities);
    }

    static Hello hello(int seq, JsonNode f) {
        String[] fw = f.get("firmware").asText().split("\\.");
        List<Hello.CellCalibration> cells = new ArrayList<>();
        for (int i = 0; i < f.get("cells").asInt(); i++) {
            cells.add(new Hello.CellCalibration((float) f.get("newtonsPerCount").get(i).asDouble(),
                    f.get("zeroCounts").get(i).asInt()));
        }
        return new Hello(seq, f.get("protocolVersion").asInt(),
                Integer.parseInt(fw[0]), Integer.parseInt(fw[1]), Integer.parseInt(fw[2]),
                Long.parseUnsignedLong(f.get("deviceId").asText(), 16),
                f.get("imuRateHz").asInt(), f.get("accelRangeG").asInt(), f.get("gyroRangeDps").asInt(),
                f.get("pressureRateHz").asInt(), f.get("diameterMm").asInt(), f.get("lengthMm").asInt(), cells);
    }

    private static ImuBatch imu(int seq, JsonNode f) {
        JsonNode samples = f.get("samples");
        short[] counts = new short[samples.size() * ImuBatch.AXES];
        for (int k = 0; k < samples.size(); k++) {
            for (int a = 0; a < ImuBatch.AXES; a++) {
                counts[k * ImuBatch.AXES + a] = (short) samples.get(k).get(a).asInt();
            }
        }
        return new ImuBatch(seq, f.get("t0Us").asLong(), counts);
    }

    private static PressureBatch pressure(int seq, JsonNode f) {
        JsonNode rows = f.get("counts");
        int cells = rows.get(0).size();
        int[] counts = new int[rows.size() * cells];
        for (int k = 0; k < rows.size(); k++) {
            for (int c = 0; c < cells; c++) {
                counts[k * cells + c] = rows.get(k).get(c).asInt();
            }
        }
        return new PressureBatch(seq, f.get("t0Us").asLong(), cells, counts);
    }

    private static Status status(int seq, JsonNode f) {
        int flags = (f.get("charging").asBoolean() ? Status.CHARGING : 0)
                | (f.get("batteryLow").asBoolean() ? Status.BATTERY_LOW : 0)
                | (f.get("imuFault").asBoolean() ? Status.IMU_FAULT : 0)
                | (f.get("pressureFault").asBoolean() ? Status.PRESSURE_FAULT : 0)
                | (f.get("bufferOverflow").asBoolean() ? Status.BUFFER_OVERFLOW : 0);
        return new Status(seq, f.get("batteryMv").asInt(), f.get("batteryPct").asInt(),
                (int) Math.round(f.get("temperatureC").asDouble() * 10), flags, f.get("droppedSamples").asInt());
    }
}
