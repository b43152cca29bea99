package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollerhub.protocol.ImuBatch;
import org.rollerhub.protocol.PressureBatch;

/** Generated captures decode with the protocol module, and the link figures in the labels are exact. */
class CaptureDecodeTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void packetCountsMatchTheLabels(long seed) {
        GeneratedCapture capture = Simulator.generate(seed);
        Labels.Meta meta = capture.labels().meta();
        Decoded d = Decoded.of(capture.rlr());
        assertNotNull(d.hello, "the capture holds a HELLO");
        assertEquals(meta.packets() - meta.lostPackets(), d.counters.packets());
        assertEquals(meta.lostPackets(), d.counters.lostPackets(), "seq gaps show exactly the lost packets");
        long sessionLost = capture.labels().sessions().stream().mapToLong(s -> s.link().lostPackets()).sum();
        assertTrue(sessionLost <= meta.lostPackets());
        if ("serial".equals(meta.link())) {
            assertEquals(1, d.counters.partialFrames(), "a serial capture starts mid-frame");
            // Each lost packet's frame was destroyed; stray garbage frames add more errors, no losses.
            assertTrue(d.counters.droppedErrors() >= meta.lostPackets());
            assertTrue(meta.lostPackets() > 0);
        } else {
            assertEquals(0, d.counters.droppedErrors());
            double loss = (double) meta.lostPackets() / meta.packets();
            assertTrue(loss > 0 && loss <= 0.03, "BLE loss " + loss);
        }
        assertEquals(meta.imuHz(), d.hello.imuRateHz());
        assertEquals(meta.pressureHz(), d.hello.pressureRateHz());
        assertEquals(meta.cells(), d.hello.cellCount());
        assertEquals(meta.diameterMm(), d.hello.diameterMm());
    }

    @Test
    void cleanLinkLosesNothingAndClockWrapsAreUnwrapped() {
        GenerateOptions options = GenerateOptions.defaults().withLink(LinkKind.CLEAN);
        for (long seed = 1; seed < 12; seed++) {
            GeneratedCapture capture = Simulator.generate(seed, options);
            Labels.Meta meta = capture.labels().meta();
            Decoded d = Decoded.of(capture.rlr());
            assertEquals(meta.packets(), d.counters.packets());
            assertEquals(0, d.counters.lostPackets());
            long first = ((ImuBatch) d.packets.stream().filter(p -> p instanceof ImuBatch).findFirst().orElseThrow()).t0Us();
            assertEquals(meta.t0(), first);
            // Unwrapped sample times never go backwards, wrap or not.
            double last = -1;
            for (double[] s : d.imu) {
                assertTrue(s[0] > last);
                last = s[0];
            }
            assertTrue(d.packets.stream().anyMatch(p -> p instanceof PressureBatch));
        }
    }

    @Test
    void someCapturesWrapTheDeviceClockDuringASession() {
        int wrapped = 0;
        for (long seed = 1; seed < 40; seed++) {
            Scenario s = ScenarioGenerator.generate(seed);
            BodyTimeline t = BodyTimeline.of(s);
            LabelMaker.Window w = LabelMaker.windows(t).get(0);
            long startUs = s.setup().deviceT0Us() + Math.round(w.startS() * 1e6);
            long endUs = s.setup().deviceT0Us() + Math.round(w.endS() * 1e6);
            wrapped += (startUs >>> 32) != (endUs >>> 32) ? 1 : 0;
        }
        assertTrue(wrapped >= 3, "captures whose clock wraps mid-session: " + wrapped);
    }

    @Test
    void filesAreWrittenAndReadBack(@TempDir Path dir) throws Exception {
        Labels labels = Simulator.generateFiles(5, GenerateOptions.defaults(), dir);
        byte[] rlr = Files.readAllBytes(dir.resolve("sim-5.rlr"));
        assertEquals(LabelsJson.toJson(labels), LabelsJson.toJson(LabelsJson.read(dir.resolve("sim-5.json"))));
        assertArrayEquals(Simulator.generate(5).rlr(), rlr);
    }
}
