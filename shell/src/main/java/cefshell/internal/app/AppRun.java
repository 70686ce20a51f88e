package cefshell.internal.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import cefshell.AppMain;
import cefshell.BrowserWindow;
import cefshell.BrowserWindowOptions;
import cefshell.Shell;
import cefshell.ShellOptions;
import cefshell.internal.scheme.AppSchemeHandlerFactory;

/**
 * One run of an app, once the process has its X display: starts the shell, serves the app folder, runs the app's
 * {@link AppMain} (if any), opens the default window unless the main did, and waits for the last window to close.
 * Runs on the main thread, which is also where the shell is quit, never on the EDT or a CEF thread.
 */
public final class AppRun {
    /**
     * @param mainClass      the app's main class, checked by {@link MainLoader#load}; null for a pure web app
     * @param window         the default window's options (app.json's, overridden from the command line)
     * @param devtools       whether to open DevTools for every window opened through the {@code AppContext}
     * @param remoteDebuggingPort 0 for off
     * @param args           the arguments after {@code --}
     * @param traceIpc       the channels the IPC trace shows, null for off
     */
    public record Settings(AppManifest manifest, Class<? extends AppMain> mainClass, BrowserWindowOptions window,
                           boolean devtools, int remoteDebuggingPort, Verbosity verbosity, List<String> args,
                           String traceIpc) { }

    private final Settings settings;
    private final Consumer<String> log;

    /** @param log the shell's diagnostics, shown with {@code --verbose} */
    public AppRun(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * Runs the app to its end and returns the exit code: 0 when the last window closed.
     *
     * @throws cefshell.ShellStartException when Chromium cannot start
     * @throws AppFailedException           when the main class cannot be used or its {@code start} throws
     */
    public int run() {
        long started = System.nanoTime();
        AppManifest manifest = settings.manifest();
        if (manifest.singleInstance() && !takeSingleInstanceLock(manifest.name())) {
            log.accept("another instance of " + manifest.name() + " is running: handed the command line over to it");
            return 0;
        }
        Shell shell = Shell.start(ShellOptions.builder()
                .appName(manifest.name())
                .appVersion(manifest.version())
                .quitWhenAllWindowsClosed(true) // Electron's default on Linux, unless the app listens for it
                .consoleSink(new TerminalConsole(System.out, System.err, settings.verbosity()))
                .chromiumLog(switch (settings.verbosity()) {
                    case QUIET -> ShellOptions.ChromiumLog.SILENT;
                    case NORMAL -> ShellOptions.ChromiumLog.ERRORS;
                    case VERBOSE -> ShellOptions.ChromiumLog.VERBOSE;
                })
                .remoteDebuggingPort(settings.remoteDebuggingPort())
                .traceIpc(settings.traceIpc())
                .build());
        CtrlC.exitsWithZero(); // after Chromium's start: Chromium installs a SIGINT handler that would do nothing here
        try {
            log.accept("Chromium " + shell.chromiumVersion() + " started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (settings.remoteDebuggingPort() > 0) {
                log.accept("DevTools protocol on http://127.0.0.1:" + settings.remoteDebuggingPort());
            }
            AppManifest app = settings.manifest();
            String origin = shell.serve(AppSchemeHandlerFactory.hostFor(app.name()), app.folder());
            log.accept("serving " + app.folder() + " at " + origin);
            CompletableFuture<Integer> done = new CompletableFuture<>();
            shell.onQuit(done::complete); // the last window closed, or the app quit
            AppContextImpl context = new AppContextImpl(shell, app, origin, settings.args(), settings.window(),
                    this::windowOpened);
            if (settings.mainClass() != null) {
                startMain(context);
            }
            if (done.isDone()) { // the main quit already, e.g. a second instance that handed over
                return done.join();
            }
            if (!context.windowCreated() && shell.windows().isEmpty()) {
                context.createWindow();
            }
            int code = done.join();
            log.accept("the app quit");
            return code;
        } finally {
            shell.quit();
        }
    }

    /** Before Chromium starts, so a second instance costs little: true when this run is the app's only one. */
    private static boolean takeSingleInstanceLock(String name) {
        try {
            return cefshell.internal.lifecycle.ProcessSingleInstance.request(name, null);
        } catch (java.io.IOException e) {
            throw new AppFailedException("the single-instance lock of " + name + " cannot be used: " + e.getMessage(), e);
        }
    }

    private void startMain(AppContextImpl context) {
        Class<? extends AppMain> type = settings.mainClass();
        AppMain appMain = MainLoader.instantiate(type);
        log.accept("starting " + type.getName());
        try {
            appMain.start(context);
        } catch (Exception | LinkageError | AssertionError e) {
            throw new AppFailedException(type.getName() + ".start threw " + e, withoutShellFrames(e));
        }
    }

    /** Keeps the app's part of a stack trace: the frames below {@code start} are the shell's and picocli's. */
    private static Throwable withoutShellFrames(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().equals(AppRun.class.getName())) {
                t.setStackTrace(java.util.Arrays.copyOf(frames, i));
                break;
            }
        }
        return t;
    }

    private void windowOpened(BrowserWindow w) {
        if (!settings.devtools()) {
            return;
        }
        w.webContents().openDevTools(); // opened once the page has loaded
    }
}
