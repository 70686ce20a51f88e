package cefshell.internal.ipc;

import java.security.SecureRandom;

/**
 * The process's one {@link SecureRandom} for secrets, tickets, tokens and port ids, made on first use.
 *
 * <p>Why on first use: making a {@code SecureRandom} and drawing its first bytes costs about 30 ms on a cold JVM here
 * (the security providers' classes and the seed), which every launch paid on its way to the first window, though a
 * page in its own world needs none before its first socket, port, large reply or sendSync. One instance for all: it
 * is safe for concurrent use.
 */
public final class SecretRandom {
    private SecretRandom() {
    }

    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /** Fills {@code bytes} with random bytes. */
    public static void nextBytes(byte[] bytes) {
        Holder.RANDOM.nextBytes(bytes);
    }
}
