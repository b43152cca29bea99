package org.rollerhub.sim;

import java.util.Locale;

/** How the capture's packets travelled, and so what imperfections it carries. */
public enum LinkKind {
    /** BLE: up to 3 % of packets lost, in bursts. */
    BLE,
    /** Serial: stray and corrupted bytes, and a capture that starts mid-frame. */
    SERIAL,
    /** A perfect link: every packet arrives. */
    CLEAN;

    /** The name used in labels and on the command line: "ble", "serial", "clean". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "ble", "serial" or "clean" (any case). */
    public static LinkKind parse(String text) {
        for (LinkKind k : values()) {
            if (k.label().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("link must be ble, serial or clean, not '" + text + "'");
    }
}
