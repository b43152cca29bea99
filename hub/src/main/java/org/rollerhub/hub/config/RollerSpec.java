package org.rollerhub.hub.config;

import org.rollerhub.hub.transport.Transport;
import org.rollerhub.hub.transport.ble.BleTransport;
import org.rollerhub.hub.transport.serial.SerialTransport;
import org.rollerhub.hub.transport.tcp.TcpTransport;

/**
 * One configured roller link, already checked.
 *
 * @param kind {@code serial}, {@code tcp} or {@code ble}
 * @param target the port path, {@code HOST:PORT}, or the Bluetooth address (or {@code auto})
 * @param baud serial baud rate (serial only; 0 otherwise)
 */
public record RollerSpec(String kind, String target, int baud) {

    /** Connect timeout for TCP rollers, milliseconds. */
    public static final int TCP_CONNECT_TIMEOUT_MS = 5000;

    /**
     * Parses a link as the command line and {@code ROLLER_ROLLERS} write it: {@code kind} is
     * serial ({@code PATH[:BAUD]}), tcp ({@code HOST:PORT}) or ble ({@code ADDRESS} or {@code auto}).
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
            default -> throw new IllegalArgumentException("unknown link kind '" + kind + "' (expected serial, tcp or ble)");
        }
    }

    /** Parses {@code kind:value}, as {@code ROLLER_ROLLERS} lists them (comma-separated). */
    public static RollerSpec parse(String kindAndValue) {
        int colon = kindAndValue.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected serial:PATH[:BAUD], tcp:HOST:PORT or ble:ADDRESS|auto, not '" + kindAndValue + "'");
        }
        return parse(kindAndValue.substring(0, colon).trim(), kindAndValue.substring(colon + 1).trim());
    }

    /** The transport for this link. */
    public Transport transport(int idleTimeoutMs) {
        return switch (kind) {
            case "serial" -> new SerialTransport(target, baud, idleTimeoutMs);
            case "tcp" -> TcpTransport.parse(target, TCP_CONNECT_TIMEOUT_MS, idleTimeoutMs);
            default -> new BleTransport(target);
        };
    }

    @Override
    public String toString() {
        return kind + ":" + target + (kind.equals("serial") ? ":" + baud : "");
    }
}
