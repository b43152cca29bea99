package org.rollerhub.tools.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rollerhub.tools.ToolsMain;

/**
 * The benchmark runs end to end (short, fast-forwarded) against a real mosquitto it starts, and
 * every event the pipeline published reached the subscriber. Its timings are printed, not judged.
 */
class BenchLatencyCommandTest {

    @Test
    void runsAndEveryEventReachesTheSubscriber() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = ToolsMain.run("bench-latency", "--seconds", "60", "--speed", "20", "--warmup-passes", "2");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        old.print(out);
        assertEquals(0, code, out);
        Matcher handed = Pattern.compile("handed to the MQTT client: +n (\\d+)").matcher(out);
        Matcher received = Pattern.compile("received by a subscriber \\(broker\\): n (\\d+)").matcher(out);
        assertTrue(handed.find() && received.find(), out);
        assertTrue(Integer.parseInt(handed.group(1)) > 0, "a minute of rolling gives events: " + out);
        assertEquals(handed.group(1), received.group(1), "every published event arrived: " + out);
        assertTrue(out.contains("% per roller in real time"), out);
        assertTrue(Pattern.compile("warm-up: \\d+ passes").matcher(out).find(), out);
        assertTrue(Pattern.compile("the slowest: \\w+ of the packet due at").matcher(out).find(), out);
    }

    @Test
    void refusesASpeedOfZeroBeforeStartingAnything() {
        assertEquals(2, ToolsMain.run("bench-latency", "--speed", "0", "--mosquitto", "/nonexistent/mosquitto"));
    }
}
