package cefshell.internal.ports;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Port ids made in Java: 128 random bits as 32 lowercase hex digits, the same form the bridge makes. */
final class PortIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PortIds() {
    }

    static String next() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
