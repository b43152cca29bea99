package org.rollerhub.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.rollerhub.analytics.Level;

/**
 * A {@link Trace}'s points as bytes and its bands as JSON, for the {@code session_trace} table.
 *
 * <p>Points: a version byte (1), then per point a big-endian int16 position in mm (clamped to
 * ±32.767 m) and an unsigned int16 load in tenths of a newton (clamped to 0..6553.5 N): 4 bytes a
 * point, 12 kB for 5 minutes at 10 Hz. Bands: {@code [{"level":"T1","topCm":..,"bottomCm":..}, ...]}.
 */
public final class TraceCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte VERSION = 1;

    private TraceCodec() {
    }

    public static byte[] points(Trace t) {
        ByteBuffer b = ByteBuffer.allocate(1 + 4 * t.size());
        b.put(VERSION);
        for (int i = 0; i < t.size(); i++) {
            b.putShort((short) clamp(Math.round(t.positionCm()[i] * 10.0), Short.MIN_VALUE, Short.MAX_VALUE));
            b.putShort((short) clamp(Math.round(t.loadN()[i] * 10.0), 0, 0xFFFF));
        }
        return b.array();
    }

    public static String bands(Trace t) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Trace.Band band : t.bands()) {
            a.addObject().put("level", band.level().name()).put("topCm", round2(band.topCm()))
                    .put("bottomCm", round2(band.bottomCm()));
        }
        return a.toString();
    }

    /** The trace back from its stored parts; throws IllegalArgumentException on a bad blob. */
    public static Trace decode(double rateHz, String bandsJson, byte[] points) {
        if (points.length < 1 || points[0] != VERSION || (points.length - 1) % 4 != 0) {
            throw new IllegalArgumentException("not a version-1 trace of " + points.length + " bytes");
        }
        int n = (points.length - 1) / 4;
        float[] s = new float[n];
        float[] load = new float[n];
        ByteBuffer b = ByteBuffer.wrap(points, 1, points.length - 1);
        for (int i = 0; i < n; i++) {
            s[i] = b.getShort() / 10f;
            load[i] = (b.getShort() & 0xFFFF) / 10f;
        }
        List<Trace.Band> bands = new ArrayList<>();
        try {
            for (JsonNode o : MAPPER.readTree(bandsJson)) {
                bands.add(new Trace.Band(Level.parse(o.path("level").asText()), o.path("topCm").asDouble(),
                        o.path("bottomCm").asDouble()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("bad bands JSON: " + e.getMessage(), e);
        }
        return new Trace(rateHz, bands, s, load);
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
