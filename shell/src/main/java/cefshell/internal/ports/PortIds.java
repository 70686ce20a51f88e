package cefshell.internal.ports;

import java.util.HexFormat;

import cefshell.internal.ipc.SecretRandom;

/** Port ids made in Java: 128 random bits as 32 lowercase hex digits, the same form the bridge makes. */
final class PortIds {
    private PortIds() {
    }

    static String next() {
        byte[] b = new byte[16];
        SecretRandom.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
