package cefshell.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import cefshell.internal.app.CtrlC;
import cefshell.internal.display.PrivateDisplayLauncher;
import cefshell.internal.natives.Platform;

/**
 * Runs this same command again in a child JVM on a private Xvfb. AWT and Chromium read {@code DISPLAY} from the C
 * environment when they start and a JVM cannot change its own, so a run without a display (or with
 * {@code --headless}) becomes: this JVM starts Xvfb, then a second JVM with {@code DISPLAY} pointing at it. The child
 * has DISPLAY and {@value PrivateDisplayLauncher#PRIVATE_DISPLAY_ENV} set, so it never relaunches again.
 */
final class Relaunch {
    private Relaunch() {
    }

    /** True when this process must relaunch itself to get a display. */
    static boolean needed(boolean headless) {
        // No display at all: always (the marker may be inherited from an unrelated parent, e.g. a test JVM).
        // --headless with a display: unless this process already runs on a private one.
        // Off Linux there is no X and no Xvfb: the window system is the OS's own, and --headless cannot hide it.
        return PrivateDisplayLauncher.needsDisplay()
                || (headless && Platform.isLinux() && System.getenv(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV) == null);
    }

    /**
     * Runs {@code shell <args>} in a child JVM on a private display and returns its exit code.
     *
     * @param jvmOptions extra options for the child JVM, e.g. {@code -Dkey=value}
     */
    static int onPrivateDisplay(List<String> args, List<String> jvmOptions) {
        CtrlC.ignore(); // the child gets Ctrl-C too; its exit code is ours
        return PrivateDisplayLauncher.run(command(args, jvmOptions), true);
    }

    static List<String> command(List<String> args, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(
                System.getProperty("java.home") + "/bin/java"));
        for (String jvmArg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!jvmArg.startsWith("-agentlib:jdwp") && !jvmArg.startsWith("-Xrunjdwp")) { // the port is taken by us
                cmd.add(jvmArg);
            }
        }
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ShellCommand.class.getName());
        cmd.addAll(args);
        return cmd;
    }
}
