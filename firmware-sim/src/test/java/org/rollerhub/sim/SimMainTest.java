package org.rollerhub.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: generate writes what the API generates; bad input is refused with exit code 2. */
class SimMainTest {

    @Test
    void generateWritesCountCapturesWithOptions(@TempDir Path dir) throws Exception {
        int code = SimMain.run("generate", "--seed", "20", "--count", "2", "--out", dir.toString(), "--link", "clean",
                "--imu-hz", "250", "--pressure-hz", "50", "--quiet");
        assertEquals(0, code);
        for (long seed = 20; seed < 22; seed++) {
            Labels labels = LabelsJson.read(dir.resolve("sim-" + seed + ".json"));
            assertEquals("clean", labels.meta().link());
            assertEquals(250, labels.meta().imuHz());
            assertEquals(0, labels.meta().lostPackets());
            GenerateOptions same = GenerateOptions.defaults().withLink(LinkKind.CLEAN).withRates(250, 50);
            assertArrayEquals(Simulator.generate(seed, same).rlr(), Files.readAllBytes(dir.resolve("sim-" + seed + ".rlr")));
        }
    }

    @Test
    void generateMovesAndBreathesAsTold(@TempDir Path dir) throws Exception {
        assertEquals(0, SimMain.run("generate", "--seed", "20", "--out", dir.toString(), "--link", "clean",
                "--ramp-shape", "min-jerk", "--breath-wander", "0.15", "--quiet"));
        GenerateOptions told = GenerateOptions.defaults().withLink(LinkKind.CLEAN)
                .withStyle(new MovementStyle(RampShape.MINIMUM_JERK, 0.15));
        byte[] written = Files.readAllBytes(dir.resolve("sim-20.rlr"));
        assertArrayEquals(Simulator.generate(20, told).rlr(), written);
        assertFalse(Arrays.equals(Simulator.generate(20, GenerateOptions.defaults().withLink(LinkKind.CLEAN)).rlr(),
                written), "the style must change the samples");
    }

    @Test
    void badInputIsRefused(@TempDir Path dir) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured));
        try {
            assertEquals(2, SimMain.run("generate", "--seed", "1", "--out", dir.toString(), "--link", "wifi"));
            assertEquals(2, SimMain.run("generate", "--seed", "x", "--out", dir.toString()));
            assertEquals(2, SimMain.run("generate", "--seed", "1", "--out", dir.toString(), "--imu-hz", "0"));
            assertEquals(2, SimMain.run("generate", "--seed", "1", "--out", dir.toString(), "--scenario",
                    dir.resolve("missing.scn").toString()));
            assertEquals(2, SimMain.run("serve", "--seed", "1"));
            assertEquals(2, SimMain.run("generate", "--seed", "1", "--out", dir.toString(), "--ramp-shape", "linear"));
            assertEquals(2, SimMain.run("generate", "--seed", "1", "--out", dir.toString(), "--breath-wander", "0.9"));
        } finally {
            System.setErr(err);
        }
        String text = captured.toString();
        assertTrue(text.contains("ble, serial or clean"), text);
        assertTrue(text.contains("no scenario file"), text);
    }
}
