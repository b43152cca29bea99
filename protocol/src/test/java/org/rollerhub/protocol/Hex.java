package org.rollerhub.protocol;

import java.util.HexFormat;

/** Hex strings of the vectors file to bytes and back. */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String of(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
