package cefshell.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import cefshell.internal.app.CtrlC;
import cefshell.internal.display.PrivateDisplayLauncher;
import cefshell.internal.runtime.ChromiumEnvironment;

/**
 * Runs the bench again in a child JVM on a private Xvfb, the way the shell's own commands do (shell's
 * {@code cefshell.cli.Relaunch}, which is package-private there and starts the shell's main class, not this one).
 * AWT and Chromium read {@code DISPLAY} from the C environment at start and a JVM cannot change its own, so without a
 * display this JVM starts Xvfb, then a second JVM with {@code DISPLAY} set, which never relaunches again.
 */
final class Relaunch {
    private Relaunch() {
    }

    /**
     * True when this process has no display, or lacks the environment Chromium writes at start (see
     * {@link ChromiumEnvironment}: writing it while Chromium's threads read it can crash the JVM), and must relaunch.
     */
    static boolean needed() {
        return PrivateDisplayLauncher.needsDisplay() || !ChromiumEnvironment.missing(System.getenv()).isEmpty();
    }

    /** Runs {@code BenchCommand <args>} in a child JVM on a private display and returns its exit code. */
    static int onPrivateDisplay(List<String> args) {
        CtrlC.ignore(); // until the child runs: it gets a terminal's Ctrl-C too, and its exit code is ours
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"));
        for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!jvmArg.startsWith("-agentlib:jdwp") && !jvmArg.startsWith("-Xrunjdwp")) { // the port is taken by us
                cmd.add(jvmArg);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchCommand.class.getName());
        cmd.addAll(args);
        return PrivateDisplayLauncher.run(cmd, PrivateDisplayLauncher.needsDisplay(), CtrlC::passTo);
    }
}
