package cefshell.internal.display;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import cefshell.internal.runtime.ChromiumEnvironment;
import cefshell.internal.natives.Platform;

/**
 * Runs a command (normally a JVM) with a private Xvfb as its {@code DISPLAY}, and stops Xvfb when it ends.
 *
 * <p>Why a second process: AWT and Chromium read {@code DISPLAY} from the C environment when they start, and a JVM
 * cannot change its own environment. So the process that needs the display is started after the display exists.
 * Both {@code shell run --headless} (and any run without {@code DISPLAY}) and the test JVMs go through here.
 *
 * <p>Every child also gets the environment of {@link ChromiumEnvironment}: the variables that AWT, Chromium and
 * ANGLE would otherwise add to the process environment while Chromium's threads read it.
 *
 * <p>As a program: {@code PrivateDisplayLauncher <command> [args...]} (used as surefire's {@code jvm}).
 * If {@code DISPLAY} is already set and {@code CEFSHELL_HEADLESS} is not, the command runs on that display.
 */
public final class PrivateDisplayLauncher {
    /** Set in the child's environment so it knows its display is private (and nothing is shown to the user). */
    public static final String PRIVATE_DISPLAY_ENV = "CEFSHELL_PRIVATE_DISPLAY";

    private PrivateDisplayLauncher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: PrivateDisplayLauncher <command> [args...]");
            System.exit(2);
        }
        boolean forced = System.getenv("CEFSHELL_HEADLESS") != null && Platform.isLinux();
        System.exit(run(Arrays.asList(args), forced || needsDisplay()));
    }

    /** True when this process has no X display to give its children; never off Linux, which needs no X. */
    public static boolean needsDisplay() {
        if (!Platform.isLinux()) {
            return false;
        }
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank();
    }

    /**
     * Runs {@code command} with inherited stdio and the {@link ChromiumEnvironment}, on a fresh Xvfb when
     * {@code privateDisplay} (else on this process's display), and returns its exit code.
     * Ctrl-C reaches the child directly (same process group); when this JVM is terminated, the child is too.
     */
    public static int run(List<String> command, boolean privateDisplay) {
        return run(command, privateDisplay, child -> { });
    }

    /**
     * As {@link #run(List, boolean)}, and hands the child to {@code started} as soon as it runs (e.g. to pass on a
     * signal that reaches only this process).
     */
    public static int run(List<String> command, boolean privateDisplay, Consumer<Process> started) {
        XvfbDisplay xvfb = null;
        try {
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).inheritIO();
            ChromiumEnvironment.prepare(pb.environment());
            if (privateDisplay) {
                xvfb = XvfbDisplay.start();
                pb.environment().put("DISPLAY", xvfb.display());
                pb.environment().put(PRIVATE_DISPLAY_ENV, "1");
            }
            Process child = pb.start();
            Thread killChild = new Thread(() -> destroyTree(child), "cefshell-child-stop");
            Runtime.getRuntime().addShutdownHook(killChild);
            started.accept(child);
            int code = waitUninterruptibly(child);
            try {
                Runtime.getRuntime().removeShutdownHook(killChild);
            } catch (IllegalStateException shuttingDown) {
                // fine: the hook will find the child gone
            }
            return code;
        } catch (DisplayUnavailableException e) {
            System.err.println("cefshell: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("cefshell: cannot start " + command.get(0) + ": " + e.getMessage());
            return 1;
        } finally {
            if (xvfb != null) {
                xvfb.close();
            }
        }
    }

    private static int waitUninterruptibly(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when we are done
            }
        }
    }

    private static void destroyTree(Process child) {
        child.descendants().forEach(ProcessHandle::destroy);
        child.destroy();
    }
}
