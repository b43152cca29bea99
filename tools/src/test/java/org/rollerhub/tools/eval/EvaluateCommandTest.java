package org.rollerhub.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rollerhub.tools.ToolsMain;

/** The {@code evaluate} command line, in process: its movement options and its refusals. */
class EvaluateCommandTest {
    private static final Pattern HOLD_ERROR = Pattern.compile("hold time mean abs error\\s+([0-9.]+) s");

    private record Run(int code, String out, String err) {
    }

    private static Run evaluate(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "evaluate";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = ToolsMain.run(all);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static double holdError(Run run) {
        Matcher m = HOLD_ERROR.matcher(run.out());
        assertTrue(m.find(), run.out());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theRampShapeChangesTheCapturesEvaluated() {
        Run smoothstep = evaluate("--seeds", "3-4");
        Run cosine = evaluate("--seeds", "3-4", "--ramp-shape", "cosine");
        Run minJerk = evaluate("--seeds", "3-4", "--ramp-shape", "min-jerk");
        assertEquals(0, smoothstep.code(), smoothstep.err());
        assertEquals(0, cosine.code(), cosine.err());
        assertEquals(0, minJerk.code(), minJerk.err());
        // the rep fit's raised cosine places a cosine capture's holds best, and a min-jerk one's
        // plateau (which hardly shows at its ends) comes out long
        assertTrue(holdError(cosine) < holdError(smoothstep), cosine.out() + smoothstep.out());
        assertTrue(holdError(minJerk) > 0.15, minJerk.out());
    }

    @Test
    void badMovementOptionsAreRefusedWithTheirName() {
        Run shape = evaluate("--seeds", "3", "--ramp-shape", "linear");
        assertEquals(2, shape.code());
        assertTrue(shape.err().contains("--ramp-shape: ramp shape must be smoothstep, cosine or min-jerk"), shape.err());
        Run wander = evaluate("--seeds", "3", "--breath-wander", "0.7");
        assertEquals(2, wander.code());
        assertTrue(wander.err().contains("--breath-wander: breathing wander must be 0..0.5"), wander.err());
        Run noSeeds = evaluate("--samples", "../../shared/samples", "--breath-wander", "0.1");
        assertEquals(2, noSeeds.code());
        assertTrue(noSeeds.err().contains("give --seeds too"), noSeeds.err());
    }
}
