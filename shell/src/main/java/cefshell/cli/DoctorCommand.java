package cefshell.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.ToolProvider;

import cefshell.internal.display.PrivateDisplayLauncher;
import cefshell.internal.display.XvfbDisplay;
import cefshell.internal.natives.LibraryPreflight;
import cefshell.internal.natives.NativeBundle;
import cefshell.internal.natives.NativesMissingException;
import cefshell.internal.natives.Platform;
import cefshell.internal.natives.TerminalProgressBar;
import cefshell.internal.runtime.ChromiumEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code shell doctor}: what cefshell would run with on this machine, and whatever would stop {@code shell run}.
 * Extracts the Chromium natives if they are not yet (their libraries can only be checked on disk). Exit code 1 when
 * something would stop a run, 0 otherwise.
 */
@Command(name = "doctor",
        sortOptions = false,
        description = {
                "Checks that this machine can run apps.",
                "Prints the versions, where Chromium's natives are (extracting them on first use), missing shared"
                        + " libraries, the X display, Xvfb and the Java compiler.",
                "Exits with 1 when something would stop `shell run`, else 0."},
        footer = {"", "Examples:", "  shell doctor", "  shell doctor --live      also start Chromium and run a page"})
final class DoctorCommand implements Callable<Integer> {
    private static final Pattern LOCAL_DISPLAY = Pattern.compile(":(\\d+)(\\.\\d+)?");

    @Option(names = "--live", description = "Also start Chromium (on a private display when there is none) and "
            + "run a page in it: the real end-to-end check. Takes a few seconds.")
    boolean live;

    @Option(names = "--live-only", hidden = true, description = "Only the live check (in the relaunched JVM).")
    boolean liveOnly;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        if (liveOnly) {
            return LiveCheck.run(System.out);
        }
        DoctorReport report = new DoctorReport(System.out);
        Versions v = Versions.ofThisBuild();
        report.line("cefshell", v.cefshell());
        checkJava(report);
        report.line("JCEF", v.releaseTag());
        report.line("CEF", v.cef());
        report.line("Chromium", v.chromium());
        report.line("Platform", NativeBundle.platform() + (Platform.isLinux() ? "" : ": the X display, Xvfb,"
                + " shared-library (ldd) and Debian-package checks are Linux's and are skipped here; checked: Java,"
                + " the compiler, the natives" + (live ? " and a live page" : "")));
        checkNatives(report);
        boolean displayOk = checkDisplay(report);
        checkEnvironment(report);
        if (live) {
            if (report.problems() > 0 && !displayOk) {
                report.line("Live", "skipped: fix the problems above first");
            } else if (runLive() != 0) {
                report.countProblem(); // the live check printed it
            }
        }
        return report.finish();
    }

    private static void checkJava(DoctorReport report) {
        String home = System.getProperty("java.home");
        boolean awt = !Platform.isLinux() || Files.exists(Path.of(home, "lib", "libawt_xawt.so"));
        report.line("Java", Versions.java() + " at " + home
                + (awt ? ", with AWT display support" : ", WITHOUT AWT display support (see Libraries)"));
        if (ToolProvider.getSystemJavaCompiler() != null) {
            report.line("Compiler", "javac " + Runtime.version().feature()
                    + " in-process: apps with main-side Java code can be compiled");
        } else {
            report.warning("Compiler", "none (this is a JRE): apps with main-side Java code cannot run. "
                    + Platform.jdkInstallHint());
        }
    }

    /** Not a problem for `shell run` (it relaunches with them), but an application embedding cefshell must set them. */
    private static void checkEnvironment(DoctorReport report) {
        List<String> missing = ChromiumEnvironment.missing(System.getenv());
        if (!Platform.isLinux()) {
            report.line("Env vars", "nothing to set before Chromium starts: the variables it adds at start are Linux's");
        } else if (missing.isEmpty()) {
            report.line("Env vars", "set before Chromium starts: its own environment writes only replace values");
        } else {
            report.line("Env vars", "this JVM lacks " + String.join(", ", missing) + ", which Chromium would add while"
                    + " its threads run (a crash in getenv at start).\n`shell run` relaunches with them; a Java"
                    + " application embedding cefshell should start its JVM with:\n"
                    + ChromiumEnvironment.assignments(System.getenv()));
        }
    }

    private static void checkNatives(DoctorReport report) {
        NativeBundle bundle = NativeBundle.forClasspath();
        Path dir = bundle.installDir();
        if (!bundle.isExtracted()) {
            try {
                bundle.ensureExtracted(TerminalProgressBar.onStderr());
            } catch (NativesMissingException e) {
                report.problem("Natives", e.getMessage());
                return;
            } catch (IOException e) {
                report.problem("Natives", "could not extract them into " + dir + ": " + e);
                return;
            }
            report.line("Natives", dir + " (extracted now)");
        } else {
            report.line("Natives", dir + " (extracted)");
        }
        if (!Platform.isLinux()) {
            report.line("Libraries", "not checked: the shared-library check (ldd) is for Linux; this is "
                    + NativeBundle.platform());
            return;
        }
        LibraryPreflight.Report libs = LibraryPreflight.check(dir);
        if (libs.ok()) {
            report.line("Libraries", "every shared library Chromium and AWT need is installed");
        } else {
            // one line per problem: LibraryPreflight reports a failing ldd once per binary
            report.problem("Libraries", String.join("\n", libs.describe().lines().distinct().toList()));
        }
    }

    /** Reports the display and Xvfb; false when there is a problem with either. */
    private static boolean checkDisplay(DoctorReport report) {
        if (!Platform.isLinux()) {
            report.line("Display", "the system's own (" + NativeBundle.platform() + "): no X server or Xvfb needed");
            return true;
        }
        String display = System.getenv("DISPLAY");
        Optional<Path> xvfb = Optional.ofNullable(XvfbDisplay.findOnPath("Xvfb"));
        boolean ok = true;
        if (display == null || display.isBlank()) {
            report.line("Display", "none — shell run starts a private Xvfb");
        } else if (!xServerListens(display)) {
            report.problem("Display", "DISPLAY=" + display + ", but no X server listens there. Start it, or unset "
                    + "DISPLAY so that shell run starts a private Xvfb.");
            ok = false;
        } else {
            boolean isPrivate = System.getenv(PrivateDisplayLauncher.PRIVATE_DISPLAY_ENV) != null;
            report.line("Display", display + (isPrivate ? " (a private Xvfb)" : ""));
        }
        if (xvfb.isPresent()) {
            report.line("Xvfb", xvfb.get() + " (used by --headless and when DISPLAY is unset)");
        } else if (PrivateDisplayLauncher.needsDisplay()) {
            report.problem("Xvfb", XvfbDisplay.INSTALL_HINT);
            ok = false;
        } else {
            report.warning("Xvfb", "not installed, so `shell run --headless` cannot work. " + XvfbDisplay.INSTALL_HINT);
        }
        return ok;
    }

    /** For {@code :N}, the socket of X server N; other forms (host:N, over ssh) cannot be checked and pass. */
    static boolean xServerListens(String display) {
        Matcher m = LOCAL_DISPLAY.matcher(display.trim());
        if (!m.matches()) {
            return true;
        }
        String socket = "/tmp/.X11-unix/X" + m.group(1);
        if (Files.exists(Path.of(socket))) {
            return true;
        }
        try { // the abstract socket (@/tmp/.X11-unix/XN) serves clients even when the file is not visible to us
            return Files.readAllLines(Path.of("/proc/net/unix"), StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.endsWith(" @" + socket));
        } catch (IOException e) {
            return true; // cannot tell: do not claim a problem
        }
    }

    private static int runLive() {
        if (Relaunch.needed(false)) {
            return Relaunch.run(List.of("doctor", "--live-only"), List.of(), false);
        }
        return LiveCheck.run(System.out);
    }
}
