package org.rollerhub.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one-shot commands and bad input: a clear line and exit 2. */
class ServerCliTest {
    private static final String ROLLER = "0011223344556677";

    /** Runs the command line in this JVM, returning exit code, standard output and standard error. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = ServerMain.run(args);
            return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        String[] r = run("assign", "--device", "xyz", "--person", "p", "--from", "2026-01-01", "--db", "jdbc:postgresql://127.0.0.1:1/x");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("'xyz' is not a roller id"), r[2]);
        r = run("run", "--broker", "mqtt.example", "--db", "jdbc:postgresql://127.0.0.1/x");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--broker"), r[2]);
        r = run("run", "--broker", "tcp://127.0.0.1:1883", "--db", "jdbc:mysql://127.0.0.1/x");
        assertEquals("2", r[0]);
        r = run("run", "--broker", "tcp://127.0.0.1:1883", "--db", "jdbc:postgresql://127.0.0.1/x", "--group", "a/b");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("bad group"), r[2]);
        r = run("assign", "--device", ROLLER);
        assertEquals("2", r[0]);
        assertEquals(1, r[2].lines().filter(l -> l.startsWith("Missing required option")).count(), r[2]);
        assertEquals("0", run("--help")[0]);
    }

    @Test
    void patientsAndLoans() throws Exception {
        try (TestDatabase db = new TestDatabase("cli")) {
            String[] dbArgs = {"--db", db.url(), "--db-user", TestDatabase.USER};
            assertEquals("0", run(concat(new String[] {"patients", "add", "anna", "--name", "Anna", "--zone", "Europe/Berlin"}, dbArgs))[0]);
            assertEquals("0", run(concat(new String[] {"patients", "add", "ben"}, dbArgs))[0]);
            String[] r = run(concat(new String[] {"assign", "--device", ROLLER, "--person", "anna", "--from", "2026-12-01",
                "--to", "2026-12-14"}, dbArgs));
            assertEquals("0", r[0], r[2]);
            assertTrue(r[1].contains("2026-11-30T23:00:00Z") && r[1].contains("2026-12-14T23:00:00Z"), "Berlin days: " + r[1]);
            r = run(concat(new String[] {"assign", "--device", ROLLER, "--person", "ben", "--from", "2026-12-10"}, dbArgs));
            assertEquals("2", r[0]);
            assertTrue(r[2].contains("lent to anna"), r[2]);
            r = run(concat(new String[] {"assign", "--device", ROLLER, "--person", "carl", "--from", "2026-12-20"}, dbArgs));
            assertEquals("2", r[0]);
            assertTrue(r[2].contains("no patient 'carl'"), r[2]);
            assertEquals("0", run(concat(new String[] {"assign", "--device", ROLLER, "--person", "ben", "--from", "2026-12-15"}, dbArgs))[0]);
            assertEquals("anna", run(concat(new String[] {"loans", "--device", ROLLER, "--at", "2026-12-14T12:00:00Z"}, dbArgs))[1].strip());
            assertEquals("ben", run(concat(new String[] {"loans", "--device", ROLLER, "--at", "2026-12-20T12:00:00Z"}, dbArgs))[1].strip());
            assertEquals("0", run(concat(new String[] {"return", "--device", ROLLER, "--at", "2026-12-31"}, dbArgs))[0]);
            assertEquals("nobody", run(concat(new String[] {"loans", "--device", ROLLER, "--at", "2027-01-02T00:00:00Z"}, dbArgs))[1].strip());
            assertEquals("2", run(concat(new String[] {"return", "--device", ROLLER}, dbArgs))[0], "nothing left to return");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
