package cefshell.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cefshell.AppMain;
import cefshell.BrowserWindowOptions;
import cefshell.WebPreferences;
import cefshell.ShellStartException;
import cefshell.internal.app.AppFailedException;
import cefshell.internal.app.AppManifest;
import cefshell.internal.app.AppRun;
import cefshell.internal.app.InvalidAppException;
import cefshell.internal.app.JcefChatterFilter;
import cefshell.internal.app.MainCompiler;
import cefshell.internal.app.MainLoader;
import cefshell.internal.app.Verbosity;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shell run <app-dir>}: checks the app folder, compiles its main-side code, gets an X display (relaunching on
 * a private Xvfb when there is none, or with {@code --headless}), then runs the app until its last window closes or
 * Ctrl-C. Problems with the app folder are found before any relaunch, so they are reported at once.
 */
@Command(name = "run",
        sortOptions = false,
        customSynopsis = "shell run [OPTIONS] <app-dir> [-- <app-args>...]",
        description = {
                "Runs an app folder in Chromium.",
                "Serves the folder as app://<name>/, compiles and runs its main-side Java code (app.json \"main\")"
                        + " and opens its window on the entry page (index.html).",
                "Page console messages and uncaught errors are printed with their level, source and line;"
                        + " log/debug on stdout, warnings/errors on stderr.",
                "The run ends with exit code 0 when the last window closes (also when a page calls"
                        + " `window.close()`) or on Ctrl-C."},
        footer = {
                "",
                "Examples:",
                "  shell run apps/hello",
                "  shell run apps/hello --width 1280 --height 800 --title Hello",
                "  shell run apps/hello --headless --quiet      in CI: no window on screen",
                "  shell run apps/hello --remote-debugging-port 9222",
                "  shell run apps/hello --trace-ipc             print every IPC message",
                "  shell run apps/hello --trace-ipc='notes:*'   ... of the notes: channels",
                "  shell run apps/hello -- one two              AppContext.args() is [one, two]",
                "",
                "Exit codes:",
                "  0  the last window closed, or Ctrl-C",
                "  1  Chromium could not start; the main code does not compile or throws",
                "  2  usage error: bad options, missing folder or entry page, bad app.json",
                "  3  Chromium did not shut down within 30 s: its helpers were killed, the JVM halted"})
final class RunCommand implements Callable<Integer> {
    /** Set on the relaunched JVM's command line so it does not repeat what the first one printed. */
    static final String RELAUNCHED_PROPERTY = "cefshell.relaunched";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<app-dir>",
            description = "The app folder: an index.html, optionally an app.json.")
    Path appDir;

    @Parameters(index = "1..*", paramLabel = "<app-args>",
            description = "Arguments for the app's main code (AppContext.args()); put them after --.")
    List<String> appArgs = new ArrayList<>();

    @Option(names = "--width", paramLabel = "PX", description = "Window width (default: app.json, else 800).")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Window height (default: app.json, else 600).")
    Integer height;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "Window title (default: app.json, else the page's <title>).")
    String title;

    @Option(names = "--headless",
            description = "Run on a private virtual display (Xvfb): nothing is shown on your screen."
                    + " Implied when DISPLAY is unset.")
    boolean headless;

    @Option(names = "--devtools",
            description = "Open Chromium's DevTools for each window the app opens through AppContext.")
    boolean devtools;

    @Option(names = "--remote-debugging-port", paramLabel = "PORT",
            description = "Serve the DevTools protocol on http://127.0.0.1:PORT.")
    int remoteDebuggingPort;

    @Option(names = "--trace-ipc", arity = "0..1", paramLabel = "CHANNEL_GLOB", preprocessor = AttachedOnly.class,
            description = "Print every IPC message from the pages as it passes, on stderr: time, window and frame,"
                    + " channel, size, transport, and for invokes the handler's time and outcome. Unheard messages,"
                    + " throwing handlers and timed-out sendSyncs start with '!'. --trace-ipc=notes:* shows only"
                    + " the channels the glob matches (* any text, ? one character, commas between globs).")
    String traceIpc;

    @ArgGroup(exclusive = true)
    Loudness loudness = new Loudness();

    static final class Loudness {
        @Option(names = {"-q", "--quiet"}, description = "Print only page warnings and errors, and errors.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"},
                description = "Print everything: page debug messages, the shell's diagnostics, Chromium's log.")
        boolean verbose;
    }

    /**
     * {@code --trace-ipc} takes its glob only when attached ({@code --trace-ipc=notes:*}): otherwise picocli would
     * read {@code --trace-ipc apps/hello} as the glob {@code apps/hello}.
     */
    static final class AttachedOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandSpec commandSpec, CommandLine.Model.ArgSpec argSpec,
                                  java.util.Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push("*");
            }
            return false;
        }
    }

    /** A packaged app's main classes, compiled by `shell package`: its runtime has no compiler (see PackagedApp). */
    @Option(names = "--compiled-main", hidden = true, paramLabel = "DIR",
            description = "The app's main classes, compiled ahead: used instead of compiling its sources.")
    Path compiledMain;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
        checkNumbers();
        Verbosity verbosity = loudness.quiet ? Verbosity.QUIET
                : loudness.verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
        boolean relaunched = System.getProperty(RELAUNCHED_PROPERTY) != null;
        try {
            AppManifest app = AppManifest.load(appDir, w -> {
                if (!relaunched && verbosity != Verbosity.QUIET) {
                    System.err.println("cefshell: warning: " + w);
                }
            });
            Class<? extends AppMain> mainClass = app.main() == null ? null
                    : MainLoader.load(compiledMain != null ? compiledMain
                            : new MainCompiler(System.err, m -> debug(verbosity, m)).compile(app), app);
            if (Relaunch.needed(headless)) {
                debug(verbosity, "relaunching in a JVM with a display and Chromium's environment");
                return Relaunch.run(originalArgs(), List.of("-D" + RELAUNCHED_PROPERTY + "=1"), headless);
            }
            if (verbosity != Verbosity.VERBOSE) {
                JcefChatterFilter.install();
            }
            return new AppRun(new AppRun.Settings(app, mainClass, window(app), devtools, remoteDebuggingPort, verbosity,
                    appArgs, traceIpc), m -> debug(verbosity, m)).run();
        } catch (InvalidAppException e) {
            System.err.println("cefshell: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        } catch (AppFailedException e) {
            System.err.println("cefshell: " + e.getMessage());
            if (e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            return CommandLine.ExitCode.SOFTWARE;
        } catch (ShellStartException e) {
            System.err.println("cefshell: Chromium could not start: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    private void checkNumbers() {
        if (width != null && width <= 0 || height != null && height <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--width and --height must be positive");
        }
        if (remoteDebuggingPort < 0 || remoteDebuggingPort > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--remote-debugging-port must be from 1 to 65535");
        }
    }

    private BrowserWindowOptions window(AppManifest app) {
        AppManifest.Window w = app.window();
        return BrowserWindowOptions.builder()
                .title(title != null ? title : w.title())
                .size(width != null ? width : w.width(), height != null ? height : w.height())
                .webPreferences(webPreferences(app))
                .build();
    }

    private static WebPreferences webPreferences(AppManifest app) {
        WebPreferences.Builder prefs = WebPreferences.builder().preload(app.preload()).webviewTag(app.webviewTag());
        if (app.contextIsolation() != null) {
            prefs.contextIsolation(app.contextIsolation());
        }
        return prefs.build();
    }

    private List<String> originalArgs() {
        return spec.commandLine().getParseResult().originalArgs();
    }

    private static void debug(Verbosity verbosity, String message) {
        if (verbosity == Verbosity.VERBOSE) {
            System.err.println("cefshell: " + message);
        }
    }
}
