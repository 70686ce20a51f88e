package cefshell.internal.app;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) handling for {@code shell run}. Ctrl-C is how a user ends a run, so it is a success: the run
 * exits with 0 (the JVM's default would be 130), and the shutdown hooks close Chromium on the way out.
 *
 * <p>With a private display, Ctrl-C reaches both the launching JVM and the app's JVM (one process group). The
 * launcher then ignores it and waits, so it can report the app's exit code rather than its own 130.
 */
public final class CtrlC {
    private static final String SIGINT = "INT";

    private CtrlC() {
    }

    /** Ctrl-C ends the process with exit code 0 (shutdown hooks run). */
    public static void exitsWithZero() {
        handle(() -> new Thread(() -> System.exit(0), "cefshell-ctrl-c").start());
    }

    /** Ctrl-C does nothing in this process (its child gets it too and decides). */
    public static void ignore() {
        handle(() -> { });
    }

    private static void handle(Runnable action) {
        try {
            Signal.handle(new Signal(SIGINT), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // -Xrs or a platform without SIGINT: keep the JVM's default
        }
    }
}
