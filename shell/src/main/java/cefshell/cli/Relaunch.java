package cefshell.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cefshell.internal.app.CtrlC;
import cefshell.internal.display.PrivateDisplayLauncher;
import cefshell.internal.runtime.ChromiumEnvironment;
import cefshell.internal.natives.Platform;

/**
 * Runs this same command again in a child JVM whose environment is ready for Chromium; a JVM cannot change its own.
 * Two reasons: AWT and Chromium read {@code DISPLAY} from the C environment when they start, so a run without a
 * display (or with {@code --headless}) becomes: this JVM starts Xvfb, then a second JVM with {@code DISPLAY} pointing
 * at it. And the variables of {@link ChromiumEnvironment} must exist before Chromium starts, or adding them while its
 * threads read the environment can crash the JVM; a JVM started without them (e.g. {@code java -jar} from a desktop
 * terminal) is relaunched on the same display with them. The child has everything set, so it never relaunches again.
 */
final class Relaunch {
    private Relaunch() {
    }

    /** True when this process must relaunch itself to get a display or Chromium's environment. */
    static boolean needed(boolean headless) {
        return needsPrivateDisplay(headless) || !ChromiumEnvironment.missing(System.getenv()).isEmpty();
    }

    private static boolean needsPrivateDisplay(boolean headless) {
        // No display at all: always (the marker may be inherited from an unrelated parent, e.g. a test JVM).
        // --headless with a display: unless this process already runs on a private one.
        // Off Linux there is no X and no Xvfb: the window system is the OS's own, and --headless cannot hide it.
        return PrivateDisplayLauncher.needsDisplay()
                || (headless && Platform.isLinux() && System.getenv(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV) == null);
    }

    /**
     * Runs {@code shell <args>} in a child JVM (on a private display when {@code headless} or there is no display)
     * and returns its exit code.
     *
     * @param jvmOptions extra options for the child JVM, e.g. {@code -Dkey=value}
     */
    static int run(List<String> args, List<String> jvmOptions, boolean headless) {
        CtrlC.ignore(); // until the child runs: it gets a terminal's Ctrl-C too, and its exit code is ours
        return PrivateDisplayLauncher.run(command(args, jvmOptions), needsPrivateDisplay(headless), CtrlC::passTo);
    }

    static List<String> command(List<String> args, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaCommand());
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

    /**
     * The {@code java} that started this JVM; under a native launcher of its own (a packaged app's, which takes no
     * JVM options on its command line), the {@code java} of this runtime, which {@code shell package} keeps for this.
     */
    static String javaCommand() {
        String java = Platform.isWindows() ? "java.exe" : "java";
        return ProcessHandle.current().info().command()
                .filter(c -> java.equals(Path.of(c).getFileName().toString()))
                .orElse(Path.of(System.getProperty("java.home"), "bin", java).toString());
    }
}
