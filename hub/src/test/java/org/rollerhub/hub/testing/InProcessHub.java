package org.rollerhub.hub.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.rollerhub.hub.HubMain;

/**
 * Runs a {@code roller-hub} command in this JVM with standard output and error captured, for
 * commands that end by themselves (history, export, quarantine...).
 */
public final class InProcessHub {
    private InProcessHub() {
    }

    /** The exit code, then what went to standard output, then to standard error. */
    public static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = HubMain.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
