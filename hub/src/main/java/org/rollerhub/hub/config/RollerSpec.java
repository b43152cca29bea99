package org.rollerhub.hub.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.transport.ble.BleTransport;
import org.rollerhub.hub.transport.serial.SerialTransport;
import org.rollerhub.hub.transport.tcp.TcpTransport;

/**
 * One configured roller link, already checked; a plain value ({@code Transports} in the transport
 * package makes the transport for it).
 *
 * @param kind {@code serial}, {@code tcp}, {@code ble} or {@code file} (a recording played back)
 * @param target the port path, {@code HOST:PORT}, the Bluetooth address (or {@code auto}), or the capture file
 * @param baud serial baud rate (serial only; 0 otherwise)
 * @param cues this roller's cue mode, or null for the hub's ({@code cues.mode})
 */
public record RollerSpec(String kind, String target, int baud, CueSettings.Mode cues) {

    /** A link with the hub's cue mode. */
    public RollerSpec(String kind, String target, int baud) {
        this(kind, target, baud, null);
    }

    /** This link with cue mode {@code mode}. */
    public RollerSpec withCues(CueSettings.Mode mode) {
        return new RollerSpec(kind, target, baud, mode);
    }

    /**
     * Parses a link as the command line and {@code ROLLER_ROLLERS} write it: {@code kind} is
     * serial ({@code PATH[:BAUD]}), tcp ({@code HOST:PORT}), ble ({@code ADDRESS} or {@code auto})
     * or file ({@code PATH} of a readable capture).
     *
     * @throws IllegalArgumentException with a message saying what is wrong with {@code value}
     */
    public static RollerSpec parse(String kind, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty " + kind + " link");
        }
        switch (kind) {
            case "serial" -> {
                SerialTransport t = SerialTransport.parse(value, 1);
                return new RollerSpec("serial", t.path(), t.baud());
            }
            case "tcp" -> {
                TcpTransport.parse(value, 1, 1); // checks HOST:PORT
                return new RollerSpec("tcp", value, 0);
            }
            case "ble" -> {
                String address = BleTransport.parseAddress(value);
                return new RollerSpec("ble", address == null ? "auto" : address, 0);
            }
            case "file" -> {
                Path file;
                try {
                    file = Path.of(value);
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a file path");
                }
                if (!Files.exists(file)) {
                    throw new IllegalArgumentException("no such capture file: " + value);
                }
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new IllegalArgumentException("cannot read the capture file " + value + " (not a readable file)");
                }
                return new RollerSpec("file", value, 0);
            }
            default -> throw new IllegalArgumentException("unknown link kind '" + kind + "' (expected serial, tcp, ble or file)");
        }
    }

    /** Parses {@code kind:value}, as {@code ROLLER_ROLLERS} lists them (comma-separated). */
    public static RollerSpec parse(String kindAndValue) {
        int colon = kindAndValue.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected serial:PATH[:BAUD], tcp:HOST:PORT, ble:ADDRESS|auto or file:PATH, not '" + kindAndValue + "'");
        }
        return parse(kindAndValue.substring(0, colon).trim(), kindAndValue.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return kind + ":" + target + (kind.equals("serial") ? ":" + baud : "");
    }
}
