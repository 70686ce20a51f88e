package cefshell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cef.CefApp;

import cefshell.internal.ShellCore;
import cefshell.internal.guest.GuestSurface;
import cefshell.internal.browser.Listeners;
import cefshell.internal.browser.Swing;
import cefshell.internal.browser.WebContentsImpl;
import cefshell.internal.browser.WindowedCreation;
import cefshell.internal.natives.TerminalProgressBar;
import cefshell.internal.runtime.CefRuntime;
import cefshell.internal.runtime.CefStartException;
import cefshell.internal.runtime.RuntimeOptions;
import cefshell.internal.scheme.AppSchemeHandlerFactory;

/**
 * The running shell: Chromium, the {@code app://} scheme, and the windows of this process (Electron's {@code app}).
 * There is one per process, because CEF can be initialised once.
 *
 * <pre>{@code
 * Shell shell = Shell.start();
 * String origin = shell.serve("hello", Path.of("apps/hello"));   // app://hello
 * new BrowserWindow(shell, BrowserWindowOptions.defaults(), origin + "/index.html");
 * }</pre>
 *
 * <p>Call {@link #start} first in {@code main}, before any AWT or Swing use, where you can: Chromium's threads need
 * Xlib's thread support on before the process's first X call. libX11 1.8 and newer do that themselves, so there a
 * later call works too; with an older libX11, starting after AWT opened the display is refused with a message saying
 * so. {@code start} and {@link #quit} may be called on any thread, the AWT event dispatch thread included.
 */
public final class Shell {
    private static Shell instance;

    private final CefRuntime runtime;
    private final ShellOptions options;
    private final AppSchemeHandlerFactory appScheme;
    private final Set<BrowserWindow> windows = ConcurrentHashMap.newKeySet();
    private final Listeners<Void> allWindowsClosed = new Listeners<>();
    private final ShellCore core;
    private final NativeTheme nativeTheme;

    private Shell(CefRuntime runtime, ShellOptions options, AppSchemeHandlerFactory appScheme) {
        this.runtime = runtime;
        this.options = options;
        this.appScheme = appScheme;
        this.core = new ShellCore(runtime, appScheme, options.sendSyncTimeout().toMillis(), options.offscreen(),
                options.consoleSink());
        if (options.traceIpc() != null) {
            core.traceIpc(options.traceIpc(), options.traceIpcSink());
        }
        this.nativeTheme = new NativeTheme(core.colorScheme(), options.chromiumSwitches().contains("--force-dark-mode"));
        // a <webview>'s guest is shown by a BrowserPanel of its own, laid over its element
        core.guests().useSurfaces(new cefshell.internal.guest.GuestSurfaces() {
            @Override
            public GuestSurface create(String url, WebPreferences prefs,
                                       java.util.function.Consumer<cefshell.internal.browser.BrowserHost> configure) {
                WebContentsImpl guest = core.createGuestPage(url, prefs, configure);
                return new GuestSurface(guest, new BrowserPanel(guest));
            }

            @Override
            public void popup(String url) { // off CEF's thread: a window waits for the EDT
                cefshell.internal.browser.ShellThreads.event(() -> new BrowserWindow(Shell.this,
                        BrowserWindowOptions.defaults(), url));
            }
        });
    }

    /** Starts the shell with default options, or returns the one already running. */
    public static Shell start() {
        return start(ShellOptions.defaults());
    }

    /**
     * Starts Chromium (extracting its natives on first use) or returns the shell already running.
     *
     * @throws ShellStartException when Chromium cannot start here (no X display, missing libraries, AWT first on an
     *         old libX11...); the message names the cause and the fix
     */
    public static synchronized Shell start(ShellOptions options) {
        Objects.requireNonNull(options, "options == null");
        if (instance != null) {
            return instance;
        }
        AppSchemeHandlerFactory appScheme = new AppSchemeHandlerFactory();
        RuntimeOptions.Builder rt = RuntimeOptions.builder()
                .customScheme(AppSchemeHandlerFactory.SCHEME)
                .remoteDebuggingPort(options.remoteDebuggingPort())
                .offscreen(options.offscreen())
                .chromiumLog(RuntimeOptions.ChromiumLog.valueOf(options.chromiumLog().name()))
                .progress(TerminalProgressBar.onStderr());
        options.chromiumSwitches().forEach(rt::extraArg);
        CefRuntime runtime;
        try {
            runtime = CefRuntime.start(rt.build(),
                    app -> app.registerSchemeHandlerFactory(AppSchemeHandlerFactory.SCHEME, "", appScheme));
        } catch (CefStartException | IllegalStateException e) {
            throw new ShellStartException(e.getMessage(), e);
        }
        instance = new Shell(runtime, options, appScheme);
        return instance;
    }

    /**
     * The running shell.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public static synchronized Shell current() {
        if (instance == null) {
            throw new IllegalStateException("the shell is not started: call Shell.start() first");
        }
        return instance;
    }

    /**
     * Serves a folder as {@code app://host/}: the right content types, 404 for missing files, nothing outside the
     * folder. Returns the origin, e.g. {@code app://hello}.
     *
     * @param host lowercase letters, digits and '-'
     */
    public String serve(String host, Path folder) {
        return appScheme.serve(host, folder);
    }

    /** Serves an app folder under a host made from its name (see {@link BrowserPanel#forApp}); returns the origin. */
    String serveFolder(Path folder) {
        return appScheme.serveFolder(folder);
    }

    /** The shell-wide {@link IpcMain}: messages from every page end here (after the page's own ipc()). */
    public IpcMain ipcMain() {
        return core.ipcMain();
    }

    /** The light/dark appearance every page is asked for (Electron's {@code nativeTheme}). */
    public NativeTheme nativeTheme() {
        return nativeTheme;
    }

    /** Called once whenever the last open {@link BrowserWindow} has closed (Electron's 'window-all-closed'). */
    public void onWindowAllClosed(Runnable listener) {
        allWindowsClosed.add(v -> listener.run());
    }

    /** The windows open now. */
    public Set<BrowserWindow> windows() {
        return Set.copyOf(windows);
    }

    /** e.g. {@code 146.0.7680.179}. */
    public String chromiumVersion() {
        CefApp.CefVersion v = runtime.version();
        return v.getChromeVersion();
    }

    /** e.g. {@code 146.0.10}. */
    public String cefVersion() {
        return runtime.version().getCefVersion();
    }

    /**
     * Ends the shell as Electron's {@code app.quit()} ends an app: closes every window and panel, shuts Chromium down
     * (bounded in time), and disposes the Swing windows the shell made (each {@link BrowserWindow}'s frame and the
     * hidden window pages are created in). Nothing of the shell then keeps the JVM alive: it exits as soon as the
     * application's own threads are done, e.g. when {@code main} returns. Swing windows the application made itself
     * (a frame holding a {@link BrowserPanel}) are the application's to dispose, as in any Swing program, or call
     * {@code System.exit}. The shell cannot be started again in this process.
     *
     * <p>May be called on any thread, e.g. from a Swing "Quit" action: on the AWT event dispatch thread, events keep
     * being dispatched while it waits. If Chromium does not shut down within 30 s, its helper processes are killed
     * and the JVM halts with exit code 3 (a message on stderr says so).
     */
    public void quit() {
        runtime.shutdown();
        Swing.later(() -> { // a displayable window, even a hidden one, keeps AWT's threads and so the JVM alive
            windows.forEach(w -> {
                Swing.detachBrowserComponents(w.frame()); // CEF is gone: their browsers must not be called now
                w.frame().dispose();
            });
            WindowedCreation.disposeParkingWindow();
        });
    }

    ShellOptions options() {
        return options;
    }

    WebContentsImpl createPage(String url, WebPreferences prefs) {
        return core.createPage(url, prefs);
    }

    /** The wiring, for the project's own tests and diagnostics. */
    ShellCore core() {
        return core;
    }

    void windowOpened(BrowserWindow w) {
        windows.add(w);
    }

    void windowClosed(BrowserWindow w) {
        if (windows.remove(w) && windows.isEmpty()) {
            allWindowsClosed.fire(null);
        }
    }
}
