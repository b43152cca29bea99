package org.rollerhub.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scripted scenarios in a small line-based text format. One statement per line; {@code #}
 * starts a comment. Settings come first (all optional, defaults in brackets):
 * <pre>
 * mass 80            # body mass, kg [75]
 * stature 175        # cm [170]
 * start-level T8     # level at s = 0 [T8]
 * diameter 125       # roller diameter, mm [125]
 * length 400         # roller length, mm [400]
 * cells 6            # pressure cells, 1..8 [6]
 * imu-hz 200         # [200]
 * pressure-hz 50     # [50]
 * accel-g 4          # 2|4|8|16 [4]
 * gyro-dps 1000      # 250|500|1000|2000 [1000]
 * link serial        # ble|serial|clean [clean]
 * clock-start 4294000000   # device clock at the capture's start, µs, u32 [0]
 * device-id 00000000c0ffee01   # 16 hex digits [00000000c0ffee01]
 * lead-in 3          # seconds unloaded before the first session [3]
 * </pre>
 * then one or more sessions. {@code session} starts one (it may be left out before the first);
 * inside a session, optional body settings, then steps:
 * <pre>
 * f0 0.30            # baseline load, fraction of body weight [0.30]
 * breathing 0.25 0.02  # Hz, peak-to-peak swing as fraction of body weight [0.25 0.02]
 * rest 4             # lie still 4 s
 * held-rep 5         # a rep with a 5 s plateau [4]
 * quick-rep 0.5      # a rep with a 0.5 s plateau [0.5]
 * compensated-rep 3  # the contact slides 2 cm toward the feet during the rise; plateau [3]
 * shift +2.5 1.0     # roll 2.5 cm toward the head (− toward the feet) over 1.0 s [1.0]
 * fidget 0.3         # roll 0.3 cm out and back, with a small load wobble [0.3]
 * lean 20 1          # move the load 20 mm toward the L end over 1 s [1]
 * get-off 8          # get off, then stay away 8 s (≥ 6) [8]; also implied at a session's end
 * </pre>
 * Rep steps take optional {@code key=value} arguments after the plateau: {@code rise=} (s, [1.8]),
 * {@code return=} (s, [1.5]), {@code lift=} (fraction of body weight, [0.15], compensated
 * [0.27]), {@code move=} (contact movement during the rise, cm, [0], compensated [−2.0]). A
 * shift or fidget should have a second or more of rest before and after it, as in life, or it
 * will not be seen as a separate movement. Errors name the line.
 */
public final class ScenarioFile {
    private ScenarioFile() {
    }

    /** Reads and parses a scenario file. */
    public static Scenario read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no scenario file " + file);
        }
        return parse(Files.readString(file));
    }

    /** Parses scenario text. */
    public static Scenario parse(String text) {
        Parser p = new Parser();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                p.statement(line.split("\\s+"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scenario line " + (i + 1) + " '" + line + "': " + e.getMessage(), e);
            }
        }
        return p.finish();
    }

    private static final class Parser {
        double mass = 75;
        double stature = 170;
        String startLevel = "T8";
        int diameter = 125;
        int length = 400;
        int cells = 6;
        int imuHz = 200;
        int pressureHz = 50;
        int accelG = 4;
        int gyroDps = 1000;
        LinkKind link = LinkKind.CLEAN;
        long clockStart;
        long deviceId = 0xC0FFEE01L;
        double leadIn = 3;
        final List<SessionPlan> sessions = new ArrayList<>();
        SessionBuilder session;

        void statement(String[] w) {
            String key = w[0].toLowerCase(Locale.ROOT);
            if (session == null && !key.equals("session") && settings(key, w)) {
                return;
            }
            switch (key) {
                case "session" -> {
                    expect(w, 1, 1);
                    closeSession();
                    session = new SessionBuilder();
                }
                default -> {
                    if (session == null) {
                        session = new SessionBuilder();
                    }
                    session.step(key, w);
                    if (session.closed) {
                        closeSession();
                    }
                }
            }
        }

        boolean settings(String key, String[] w) {
            switch (key) {
                case "mass" -> mass = number(w, 1, 20, 300);
                case "stature" -> stature = number(w, 1, 100, 250);
                case "start-level" -> {
                    expect(w, 2, 2);
                    SpineMap.thoracicIndex(w[1].toUpperCase(Locale.ROOT));
                    startLevel = w[1].toUpperCase(Locale.ROOT);
                }
                case "diameter" -> diameter = (int) integer(w, 30, 400);
                case "length" -> length = (int) integer(w, 100, 2000);
                case "cells" -> cells = (int) integer(w, 1, 8);
                case "imu-hz" -> imuHz = (int) integer(w, 1, 5000);
                case "pressure-hz" -> pressureHz = (int) integer(w, 1, 1000);
                case "accel-g" -> accelG = (int) integer(w, 2, 16);
                case "gyro-dps" -> gyroDps = (int) integer(w, 250, 2000);
                case "link" -> {
                    expect(w, 2, 2);
                    link = LinkKind.parse(w[1]);
                }
                case "clock-start" -> clockStart = integer(w, 0, (1L << 32) - 1);
                case "device-id" -> {
                    expect(w, 2, 2);
                    try {
                        deviceId = Long.parseUnsignedLong(w[1], 16);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("device-id takes up to 16 hex digits");
                    }
                }
                case "lead-in" -> leadIn = number(w, 1, 0.5, 600);
                default -> {
                    return false;
                }
            }
            return true;
        }

        void closeSession() {
            if (session != null) {
                sessions.add(session.build());
                session = null;
            }
        }

        Scenario finish() {
            closeSession();
            if (sessions.isEmpty()) {
                throw new IllegalArgumentException("the scenario has no session steps");
            }
            SimSetup setup = new SimSetup(mass, stature, startLevel, diameter, length, cells, imuHz, pressureHz,
                    accelG, gyroDps, deviceId, clockStart, link);
            for (SessionPlan plan : sessions) {
                if (plan.actions().stream().noneMatch(a -> a instanceof Action.Rep)) {
                    throw new IllegalArgumentException("every session needs at least one rep");
                }
            }
            return new Scenario(setup, leadIn, 0, sessions);
        }
    }

    private static final class SessionBuilder {
        double f0 = 0.30;
        double breathHz = 0.25;
        double breathSwing = 0.02;
        double away = 8;
        boolean closed;
        final List<Action> actions = new ArrayList<>();

        void step(String key, String[] w) {
            switch (key) {
                case "f0" -> f0 = number(w, 1, 0.05, 0.9);
                case "breathing" -> {
                    expect(w, 3, 3);
                    breathHz = parse(w[1], 0.05, 2);
                    breathSwing = parse(w[2], 0, 0.2);
                }
                case "rest" -> actions.add(new Action.Rest(number(w, 1, 0.01, 3600)));
                case "held-rep" -> actions.add(rep(w, 4, false));
                case "quick-rep" -> actions.add(rep(w, 0.5, false));
                case "compensated-rep" -> actions.add(rep(w, 3, true));
                case "shift" -> {
                    expect(w, 2, 3);
                    double d = parse(w[1], -60, 60);
                    double s = w.length > 2 ? parse(w[2], 0.1, 30) : 1.0;
                    actions.add(new Action.Shift(d, s, 0.005));
                }
                case "fidget" -> {
                    expect(w, 1, 2);
                    double cm = w.length > 1 ? parse(w[1], -2, 2) : 0.3;
                    actions.add(new Action.Fidget(cm, 0.04, 1.0));
                }
                case "lean" -> {
                    expect(w, 2, 3);
                    double mm = parse(w[1], -300, 300);
                    double s = w.length > 2 ? parse(w[2], 0.1, 30) : 1.0;
                    actions.add(new Action.Lean(mm, s));
                }
                case "get-off" -> {
                    expect(w, 1, 2);
                    away = w.length > 1 ? parse(w[1], 6, 3600) : 8;
                    closed = true;
                }
                default -> throw new IllegalArgumentException("unknown statement '" + key + "'"
                        + (key.matches("mass|stature|start-level|diameter|length|cells|imu-hz|pressure-hz|accel-g"
                        + "|gyro-dps|link|clock-start|device-id|lead-in") ? " (settings go before the first session)" : ""));
            }
        }

        Action.Rep rep(String[] w, double defaultPlateau, boolean compensated) {
            double plateau = defaultPlateau;
            int from = 1;
            if (w.length > 1 && !w[1].contains("=")) {
                plateau = parse(w[1], 0, 600);
                from = 2;
            }
            Map<String, Double> kv = new LinkedHashMap<>();
            Set<String> allowed = new HashSet<>(List.of("rise", "return", "lift", "move"));
            for (int i = from; i < w.length; i++) {
                String[] pair = w[i].split("=", 2);
                if (pair.length != 2 || !allowed.contains(pair[0])) {
                    throw new IllegalArgumentException("expected rise=, return=, lift= or move=, not '" + w[i] + "'");
                }
                kv.put(pair[0], parse(pair[1], -100, 100));
            }
            double rise = positive(kv.getOrDefault("rise", 1.8), "rise");
            double ret = positive(kv.getOrDefault("return", 1.5), "return");
            double lift = positive(kv.getOrDefault("lift", compensated ? 0.27 : 0.15), "lift");
            double move = kv.getOrDefault("move", compensated ? -2.0 : 0.0);
            return new Action.Rep(rise, plateau, ret, lift, move, compensated ? 0 : 1);
        }

        SessionPlan build() {
            return new SessionPlan(f0, 0, breathHz, breathSwing, 0, 1.5, 1.5, away, 0, actions);
        }
    }

    private static double positive(double v, String name) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return v;
    }

    private static void expect(String[] w, int min, int max) {
        if (w.length < min || w.length > max) {
            throw new IllegalArgumentException("'" + w[0] + "' takes " + (min - 1)
                    + (max > min ? ".." + (max - 1) : "") + " argument(s)");
        }
    }

    private static double number(String[] w, int at, double lo, double hi) {
        expect(w, at + 1, at + 1);
        return parse(w[at], lo, hi);
    }

    private static long integer(String[] w, long lo, long hi) {
        expect(w, 2, 2);
        long v;
        try {
            v = Long.parseLong(w[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + w[1] + "' is not a whole number");
        }
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(w[1] + " out of " + lo + ".." + hi);
        }
        return v;
    }

    private static double parse(String s, double lo, double hi) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a number");
        }
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(s + " out of " + lo + ".." + hi);
        }
        return v;
    }
}
