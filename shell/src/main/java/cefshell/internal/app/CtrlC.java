package cefshell.internal.app;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) handling for {@code shell run}. Ctrl-C is how a user ends a run, so it is a success: the run
 * exits with 0 (the JVM's default would be 130), and the shutdown hooks close Chromium on the way out.
 *
 * <p>With a private display the run is two JVMs: the launching one, which started Xvfb, and the app's. Ctrl-C on a
 * terminal reaches both (one process group); a SIGINT sent to the launching process alone (a supervisor, an IDE's
 * stop button, {@code timeout -s INT}) reaches only it. So the launcher passes every SIGINT on to the app's JVM and
 * keeps waiting, to report the app's exit code rather than its own 130; the app's JVM acts on the first one only.
 */
public final class CtrlC {
    private static final String SIGINT = "INT";

    private CtrlC() {
    }

    /** Ctrl-C ends the process with exit code 0 (shutdown hooks run); a second one while it ends does nothing more. */
    public static void exitsWithZero() {
        AtomicBoolean ending = new AtomicBoolean();
        handle(() -> {
            if (ending.compareAndSet(false, true)) {
                new Thread(() -> System.exit(0), "cefshell-ctrl-c").start();
            }
        });
    }

    /** Ctrl-C does nothing in this process yet: a child about to start gets it too and decides (see {@link #passTo}). */
    public static void ignore() {
        handle(() -> { });
    }

    /**
     * Ctrl-C in this process is passed on to {@code child} (whose own exit code then says how the run ended). Sent
     * even when the child got the same Ctrl-C from the terminal: it cannot tell, and a second one does no harm.
     */
    public static void passTo(Process child) {
        handle(() -> {
            if (!child.isAlive()) {
                return;
            }
            try {
                // The JDK can only send SIGTERM or SIGKILL; the shell's own kill sends SIGINT, which the child
                // treats as Ctrl-C. The signal handler's thread must not wait for it.
                new ProcessBuilder("sh", "-c", "kill -INT " + child.pid() + " 2>/dev/null")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (IOException e) {
                child.destroy(); // no shell: SIGTERM also ends the run, with 143 instead of 0
            }
        });
    }

    private static void handle(Runnable action) {
        try {
            Signal.handle(new Signal(SIGINT), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // -Xrs or a platform without SIGINT: keep the JVM's default
        }
    }
}
